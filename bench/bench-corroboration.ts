// Corroboration: the precision and recall of its links, and the discrepancies it finds, against
// the hand-labelled gold set over the bundled articles (bench/corroboration-gold.json); then
// the cost of building the links for the benchmark corpus, and of loading them back from cache.
// Baseline in the same run: tokenising every linkable paragraph once, the least any build does.
// The notebook builds in a worker: how long this thread's event loop is blocked meanwhile is
// set against the build itself, which is how long an in-thread build (buildLinks is synchronous) blocks it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadCorpus } from '../electron/core/corpus/load-corpus';
import type { Corpus } from '../electron/core/corpus/corpus';
import { contentTermHashes } from '../electron/core/corroboration/content-terms';
import { createCorroborationLoader } from '../electron/core/corroboration/corroboration-loader';
import { createCorroboration } from '../electron/core/corroboration/create-corroboration';
import { isEligible } from '../electron/core/corroboration/eligible-paragraph';
import { evaluateGold, readGold } from '../electron/core/corroboration/gold-evaluation';
import type { CorroborationStatus, LoadStep } from '../electron/core/corroboration/load-link-state';
import { BUNDLED_CORPUS } from './generate';
import { type BenchContext, scratchDir } from './bench-context';
import type { Figure } from './figure';

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;
/** A shared machine delays timers anyway: an idle window of this length says by how much. */
const IDLE_CONTROL_MS = 5000;

interface WorkerLoad {
  ms: number;
  status: CorroborationStatus;
  /** When each step started, in ms from the start. */
  steps: Partial<Record<LoadStep, number>>;
  blockedMax: number;
  blockedP99: number;
}

/** This thread's event loop over an idle window: how late timers run on this machine anyway. */
async function idleDelay(ms: number): Promise<{ max: number; p99: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  delay.disable();
  return { max: delay.max / 1e6, p99: delay.percentile(99) / 1e6 };
}

/** Opens corroboration as the notebook does (in a worker), watching this thread's event loop. */
async function loadInWorker(corpus: Corpus, corpusDir: string, cacheDir: string): Promise<WorkerLoad> {
  const steps: Partial<Record<LoadStep, number>> = {};
  let status: CorroborationStatus | null = null;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const t0 = performance.now();
  const loader = createCorroborationLoader({ corpus, corpusDir, cacheDir, onStep: (s) => (steps[s] ??= performance.now() - t0), onLoaded: (s) => (status = s) });
  delay.enable();
  try {
    await loader.get();
  } finally {
    delay.disable();
    await loader.close();
  }
  if (!status) throw new Error('the corroboration worker answered without a status');
  return { ms: performance.now() - t0, status, steps, blockedMax: delay.max / 1e6, blockedP99: delay.percentile(99) / 1e6 };
}

export async function benchCorroboration(ctx: BenchContext): Promise<Figure[]> {
  const bundled = await loadCorpus(BUNDLED_CORPUS);
  const onBundled = createCorroboration({ corpus: bundled, cacheDir: null });
  await onBundled.open();
  const gold = await readGold();
  const e = await evaluateGold(gold, bundled, onBundled);
  for (const line of e.errors) ctx.log(`   gold ${line}`);
  const figures: Figure[] = [
    {
      name: 'corroboration.gold.precision',
      value: e.precision,
      unit: '',
      target: { pass: e.precision >= PRECISION_TARGET, text: `>= ${PRECISION_TARGET}` },
      note: `${e.truePositives} of ${e.links} links are gold pairs; ${e.hardNegativesLinked} of ${e.hardNegatives} hard negatives linked; kinds right for ${(e.kindAgreement * 100).toFixed(0)}%`,
    },
    {
      name: 'corroboration.gold.recall',
      value: e.recall,
      unit: '',
      target: { pass: e.recall >= RECALL_TARGET, text: `>= ${RECALL_TARGET}` },
      note: `${e.truePositives} of ${e.positives} gold pairs linked; same-quote ${e.quoteRecall.toFixed(2)}, same-fact ${e.factRecall.toFixed(2)}`,
    },
    {
      name: 'corroboration.gold.discrepancy-recall',
      value: e.discrepancyRecall,
      unit: '',
      note: `${e.discrepanciesFound} of ${e.discrepanciesExpected} expected discrepancies found${e.missedDiscrepancies.length ? `; missed ${e.missedDiscrepancies.join(', ')}` : ''}`,
    },
  ];

  // As the notebook opens it: the corpus cache goes in the same folder, and the worker reads it.
  const cacheDir = await scratchDir(ctx, 'corroboration');
  const corpus = await loadCorpus(ctx.data.corpusDir, { cacheDir });
  const t0 = performance.now();
  let terms = 0;
  for (const p of corpus.allParagraphs()) if (isEligible(p)) terms += contentTermHashes(p.text).length;
  const tokenise = performance.now() - t0;
  const first = await loadInWorker(corpus, ctx.data.corpusDir, cacheDir);
  const built = first.status;
  if (built.mode !== 'full') throw new Error(`the first corroboration build was not a full build (${built.mode})`);
  // What open() did in this thread before the worker: from reading the cache to the claims.
  const inThread = first.ms - (first.steps.cache ?? 0);
  const t2 = performance.now();
  const loaded = await createCorroboration({ corpus, cacheDir }).open();
  const load = performance.now() - t2;
  if (loaded.mode !== 'cached') throw new Error(`the corroboration cache was not used (${loaded.mode}: ${loaded.cacheProblem ?? 'no reason given'})`);
  const again = await loadInWorker(corpus, ctx.data.corpusDir, cacheDir);
  if (again.status.mode !== 'cached') throw new Error(`the worker did not use the corroboration cache (${again.status.mode})`);
  const idle = await idleDelay(IDLE_CONTROL_MS);
  const control = `an idle ${IDLE_CONTROL_MS / 1000} s here: max ${idle.max.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms`;
  const baseline = { name: `tokenise ${terms} terms`, value: tokenise };
  const steps = (w: WorkerLoad) => `worker read the corpus in ${Math.round((w.steps.cache ?? 0) - (w.steps.corpus ?? 0))} ms`;
  figures.push(
    {
      name: 'corroboration.build',
      value: first.ms,
      unit: 'ms',
      baseline,
      note: `in a worker; ${built.paragraphs} paragraphs, ${built.build?.candidates ?? 0} candidate pairs, ${built.links} links, ${built.claims} claims; ${steps(first)}`,
    },
    {
      name: 'corroboration.build.event-loop-blocked.max',
      value: first.blockedMax,
      unit: 'ms',
      baseline: { name: 'in-thread build', value: inThread },
      note: `p99 ${first.blockedP99.toFixed(1)} ms while the worker built (monitorEventLoopDelay, 1 ms resolution; ${control}); the in-thread build blocks for all of its run`,
    },
    { name: 'corroboration.cached-load', value: load, unit: 'ms', baseline, note: 'in this thread' },
    {
      name: 'corroboration.cached-load.worker',
      value: again.ms,
      unit: 'ms',
      baseline: { name: 'in-thread cached load', value: load },
      note: `as the notebook opens it; event loop blocked max ${again.blockedMax.toFixed(1)} ms, p99 ${again.blockedP99.toFixed(1)} ms; ${steps(again)}`,
    },
  );
  return figures;
}
