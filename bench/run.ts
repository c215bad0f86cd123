// npm run bench [-- --articles N] [--only name[,name]] [--quick] [--seed S] [--write]
//
// Generates (or reuses) the benchmark data, runs each benchmark in turn and prints one line per
// figure on stdout: `name value unit [p95 …] (baseline value, ratio) PASS|FAIL [target]`.
// Progress goes to stderr. Exit code 1 when a benchmark could not run; a missed target is a
// result, not an error. --write also rewrites bench/results.md with the lines, the date and the machine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext } from './bench-context';
import { type Figure, formatFigure } from './figure';
import { DEFAULT_ARTICLES, DEFAULT_SEED, ensureBenchData } from './generate';
import { formatResults } from './results-file';

const QUICK_ARTICLES = 1_000;

/** In run order: cold open leaves a persisted index that search reuses, corroboration a cache the renderer opens with. */
const BENCHMARKS: Record<string, () => Promise<(ctx: BenchContext) => Promise<Figure[]>>> = {
  'cold-open': async () => (await import('./bench-cold-open')).benchColdOpen,
  search: async () => (await import('./bench-search')).benchSearch,
  tagging: async () => (await import('./bench-tagging')).benchTagging,
  export: async () => (await import('./bench-export')).benchExport,
  corroboration: async () => (await import('./bench-corroboration')).benchCorroboration,
  renderer: async () => (await import('./bench-renderer')).benchRenderer,
  'crash-soak': async () => (await import('./bench-crash-soak')).benchCrashSoak,
};

function parseOptions() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      write: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles ?? (values.quick ? QUICK_ARTICLES : DEFAULT_ARTICLES));
  if (!Number.isInteger(articles) || articles < 100) throw new Error(`--articles must be a whole number of at least 100, not "${values.articles}".`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? Object.keys(BENCHMARKS);
  const unknown = only.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  return { articles, seed, quick: values.quick, write: values.write, only: Object.keys(BENCHMARKS).filter((n) => only.includes(n)) };
}

/** Timings on a busy machine are not comparable: the load average says how busy it was. */
const loadLine = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;

async function main(): Promise<number> {
  const opts = parseOptions();
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const printed: string[] = [];
  const print = (line: string) => {
    printed.push(line);
    console.log(line);
  };
  const data = await ensureBenchData({ articles: opts.articles, seed: opts.seed, log });
  const cpu = cpus();
  print(
    `# dossier bench: ${data.corpus.articles} articles, ${data.corpus.paragraphs} paragraphs, ${(data.corpus.bytes / 1e6).toFixed(1)} MB; ` +
      `notebook ${data.notebook.tags} tags, ${data.notebook.taggings} taggings, ${data.notebook.briefings} briefings of ${data.notebook.quotes / Math.max(1, data.notebook.briefings)} quotes; ` +
      `${opts.quick ? 'quick' : 'full'} run; node ${process.version}; ${cpu.length} x ${cpu[0]?.model.trim() ?? 'cpu'}; ${loadLine()}`,
  );

  const scratch = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  const ctx: BenchContext = { data, quick: opts.quick, scratch, log, shared: {} };
  let failed = 0;
  let pass = 0;
  let fail = 0;
  try {
    for (const name of opts.only) {
      const t0 = performance.now();
      log(`== ${name}`);
      try {
        const run = await (BENCHMARKS[name] as () => Promise<(ctx: BenchContext) => Promise<Figure[]>>)();
        for (const f of await run(ctx)) {
          print(formatFigure(f));
          if (f.target?.pass === true) pass++;
          if (f.target?.pass === false) fail++;
        }
      } catch (e) {
        failed++;
        print(`${name} ERROR ${e instanceof Error ? e.message : String(e)}`);
        if (e instanceof Error && e.stack) log(e.stack);
      }
      log(`   ${name} took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  print(`# ${pass} PASS, ${fail} FAIL, ${failed} benchmark(s) could not run; ${((performance.now() - started) / 1000).toFixed(0)} s in all; ${loadLine()}`);
  if (opts.write) {
    const file = join(import.meta.dirname, 'results.md');
    await writeFile(file, formatResults({ date: new Date(), lines: printed, command: `npm run bench -- ${process.argv.slice(2).join(' ')}` }));
    log(`wrote ${file}`);
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
