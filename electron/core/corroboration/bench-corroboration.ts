// Run by hand: node --expose-gc --import tsx electron/core/corroboration/bench-corroboration.ts [articles...]
// Builds corroboration links over synthetic corpora (bundled sentences, seeded PRNG), then
// reloads them from the cache, then updates them after editing a few articles, and prints the
// time and memory of each step.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paragraph } from '../../shared/types';
import { Corpus, type CorpusSource } from '../corpus/corpus';
import { hashText } from '../corpus/hash-text';
import { loadCorpus } from '../corpus/load-corpus';
import { createCorroboration, type Corroboration, type CorroborationStatus } from './create-corroboration';
import { evaluateGold, readGold } from './gold-evaluation';
import { candidateProbability } from './minhash';
import { syntheticCorpus } from './synthetic-corpus';

const BUNDLED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/corpus');
const EDITED_SOURCES = 10;
const MB = 1024 * 1024;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
/** JS heap plus typed arrays (which live outside the heap), after a collection. */
const usedMb = (): number => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / MB;
};

interface Opened {
  status: CorroborationStatus;
  corroboration: Corroboration;
}

async function timed(label: string, corpus: Corpus, cacheDir: string): Promise<Opened> {
  const before = usedMb();
  const t0 = performance.now();
  const c = createCorroboration({ corpus, cacheDir });
  const status = await c.open();
  const ms = performance.now() - t0;
  const claims = c.claims();
  const after = usedMb();
  const b = status.build;
  console.log(
    `  ${label.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(7)} s  mode=${status.mode}` +
      (b ? `  candidates=${b.candidates} recomputed=${b.recomputedSources.length}` : '') +
      `  links=${status.links} claims=${claims.length}  held +${(after - before).toFixed(0)} MB  peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return { status, corroboration: c };
}

/** Links between retold facts found (recall) and links that join retellings of one fact (precision). */
function accuracy(corpus: Corpus, facts: Map<string, string>, c: Corroboration): string {
  const bySource = new Map<string, Map<string, number>>();
  for (const [id, fact] of facts) {
    const source = id.slice(0, id.lastIndexOf(':p'));
    const m = bySource.get(fact) ?? new Map<string, number>();
    m.set(source, (m.get(source) ?? 0) + 1);
    bySource.set(fact, m);
  }
  let truePairs = 0;
  for (const m of bySource.values()) {
    const counts = [...m.values()];
    const total = counts.reduce((a, b) => a + b, 0);
    truePairs += (total * total - counts.reduce((a, b) => a + b * b, 0)) / 2;
  }
  let links = 0;
  let correct = 0;
  for (const p of corpus.allParagraphs()) {
    for (const l of c.related(p.id)) {
      if (l.a > l.b) continue;
      links++;
      const fa = facts.get(l.a);
      if (fa !== undefined && fa === facts.get(l.b)) correct++;
    }
  }
  return `recall ${((100 * correct) / Math.max(1, truePairs)).toFixed(1)}% of ${truePairs} true pairs, precision ${((100 * correct) / Math.max(1, links)).toFixed(1)}% of ${links} links`;
}

/** The same corpus with a word changed in every body paragraph of the first `count` sources. */
function editSources(corpus: Corpus, count: number): Corpus {
  const entries: CorpusSource[] = corpus.sources.map((meta, i) => {
    const source = corpus.getSource(meta.id) as CorpusSource;
    if (i >= count) return source;
    const paragraphs = source.paragraphs.map((p): Paragraph => {
      const text = p.kind === 'body' ? `${p.text} Officials confirmed this later.` : p.text;
      return { ...p, text, hash: hashText(text) };
    });
    return { meta, paragraphs };
  });
  return new Corpus(corpus.dir, `${corpus.fingerprint}-edited`, entries);
}

async function run(articles: number): Promise<void> {
  const bundled = await loadCorpus(BUNDLED);
  const t0 = performance.now();
  const { corpus, facts } = syntheticCorpus(bundled, { articles, seed: 20210406 });
  console.log(`\n${articles} articles, ${corpus.paragraphCount} paragraphs (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-corrob-bench-'));
  try {
    const built = await timed('full build', corpus, cacheDir);
    if (built.status.cacheFile) console.log(`  cache file   ${(statSync(built.status.cacheFile).size / MB).toFixed(1)} MB`);
    console.log(`  accuracy     ${accuracy(corpus, facts, built.corroboration)}`);
    await timed('cached load', corpus, cacheDir);
    const edited = editSources(corpus, EDITED_SOURCES);
    await timed(`${EDITED_SOURCES} edited`, edited, cacheDir);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// The machine may be shared: a plain loop's speed puts the figures in proportion.
const calibration = (): string => {
  const s = 'abc def, ghi-jkl mno pqr. '.repeat(40);
  let n = 0;
  const t = performance.now();
  for (let k = 0; k < 20_000; k++) for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) & 1;
  return `${(((performance.now() - t) * 1e6) / (20_000 * s.length)).toFixed(2)} ns per char in a plain loop (n=${n})`;
};
console.log(`LSH banding: a sentence pair is a candidate with probability ${[0.2, 0.3, 0.4, 0.5].map((j) => `${candidateProbability(j).toFixed(2)} at Jaccard ${j}`).join(', ')}`);
console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${calibration()}`);

// Against the hand-labelled gold set of the bundled articles (bench/corroboration-gold.json).
{
  const bundled = await loadCorpus(BUNDLED);
  const c = createCorroboration({ corpus: bundled, cacheDir: null });
  await c.open();
  const e = await evaluateGold(await readGold(), bundled, c);
  console.log(
    `gold set: precision ${e.precision.toFixed(3)} (${e.truePositives} of ${e.links} links), recall ${e.recall.toFixed(3)} (of ${e.positives} pairs; same-quote ${e.quoteRecall.toFixed(3)}, same-fact ${e.factRecall.toFixed(3)}), ` +
      `discrepancies ${e.discrepanciesFound} of ${e.discrepanciesExpected}, hard negatives linked ${e.hardNegativesLinked} of ${e.hardNegatives}`,
  );
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
for (const n of sizes.length > 0 ? sizes : [2000, 10000]) await run(n);
