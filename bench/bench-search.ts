// Search latency in core (the notebook's search call, persisted index loaded) over 200 realistic
// queries, against ripgrep scanning the corpus files for the same text (fixed string, ignoring case).
import { spawn } from 'node:child_process';
import type { NotebookApi } from '../electron/shared/api';
import { openNotebook } from '../electron/core/notebook/open-notebook';
import { type BenchContext, reps, scratchDir } from './bench-context';
import type { Figure } from './figure';
import { type BenchQuery, buildQueries, type QueryKind } from './search-queries';
import { seededRandom } from './seeded-random';
import { summarize } from './stats';

const TARGET_SPEEDUP = 20;
const SAMPLE_SOURCES = 300;
const PAGE = 50;

/** Paragraph texts from a seeded sample of sources, read through the API like any other client. */
export async function sampleParagraphs(nb: NotebookApi, seed: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await nb.listSources({ offset, limit: 500, sort: 'title', order: 'asc' });
    ids.push(...page.items.map((s) => s.id));
    if (offset + 500 >= page.total) break;
  }
  const rng = seededRandom(seed);
  const texts: string[] = [];
  for (const id of rng.shuffle(ids).slice(0, SAMPLE_SOURCES)) {
    const source = await nb.getSource({ id });
    for (const p of source.paragraphs) if (p.kind === 'body') texts.push(p.text);
  }
  return texts;
}

/** Wall time of one ripgrep scan; counts per file keep its output small without skipping any text. */
function rg(pattern: string, dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('rg', ['--fixed-strings', '--ignore-case', '--count', '--no-messages', '--', pattern, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.resume();
    child.on('error', (e) => reject(new Error(`Could not run rg (ripgrep): ${e.message}. Install it (apt-get install ripgrep).`)));
    // 1 means "no match": a normal answer.
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve(performance.now() - t0) : reject(new Error(`rg exited with ${code} for "${pattern}"`))));
  });
}

/** Per query, the median of `n` passes, run pass after pass. */
async function perQueryMedians(queries: readonly BenchQuery[], n: number, run: (q: BenchQuery) => Promise<unknown>): Promise<number[]> {
  const times: number[][] = queries.map(() => []);
  for (let pass = 0; pass < n; pass++) {
    for (let i = 0; i < queries.length; i++) {
      const t0 = performance.now();
      await run(queries[i] as BenchQuery);
      times[i]?.push(performance.now() - t0);
    }
  }
  return times.map((t) => summarize(t).median);
}

export async function benchSearch(ctx: BenchContext): Promise<Figure[]> {
  const cacheDir = ctx.shared.warmCacheDir ?? (await scratchDir(ctx, 'cache-search'));
  const nb = await openNotebook({ dataDir: ctx.data.notebookDir, corpusDir: ctx.data.corpusDir, cacheDir, readOnly: true });
  try {
    const t0 = performance.now();
    await nb.warm();
    ctx.log(`  index ready in ${Math.round(performance.now() - t0)} ms`);
    ctx.shared.warmCacheDir = cacheDir;
    const queries = buildQueries(await sampleParagraphs(nb, 7), 11);
    let empty = 0;
    for (const q of queries) if ((await nb.search({ text: q.text, limit: PAGE })).total === 0) empty++;
    const core = await perQueryMedians(queries, reps(ctx, 5, 2), (q) => nb.search({ text: q.text, limit: PAGE }));
    ctx.log(`  core done (${empty} of ${queries.length} queries found nothing); running rg`);
    const grep = await perQueryMedians(queries, reps(ctx, 2, 1), (q) => rg(q.grep, ctx.data.corpusDir));

    const c = summarize(core);
    const g = summarize(grep);
    const speedup = g.p95 / c.p95;
    const figures: Figure[] = [
      { name: 'search.p50', value: c.median, unit: 'ms', baseline: { name: 'rg p50', value: g.median }, note: `${queries.length} queries, limit ${PAGE}, ${empty} with no hit` },
      {
        name: 'search.p95',
        value: c.p95,
        unit: 'ms',
        baseline: { name: 'rg p95', value: g.p95 },
        target: { pass: speedup >= TARGET_SPEEDUP, text: `>= ${TARGET_SPEEDUP}x faster than rg at p95` },
      },
    ];
    const kinds = [...new Set(queries.map((q) => q.kind))].sort() as QueryKind[];
    for (const kind of kinds) {
      const pick = (xs: number[]) => xs.filter((_, i) => queries[i]?.kind === kind);
      const ck = summarize(pick(core));
      const gk = summarize(pick(grep));
      const example = queries.find((q) => q.kind === kind)?.text ?? '';
      figures.push({ name: `search.p95.${kind}`, value: ck.p95, unit: 'ms', baseline: { name: 'rg p95', value: gk.p95 }, note: `${ck.n} queries, e.g. ${example}` });
    }
    return figures;
  } finally {
    await nb.close();
  }
}
