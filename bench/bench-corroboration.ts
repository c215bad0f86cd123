// Corroboration: the precision and recall of its links, and the discrepancies it finds, against
// the hand-labelled gold set over the bundled articles (bench/corroboration-gold.json); then
// the cost of building the links for the benchmark corpus, and of loading them back from cache.
// Baseline in the same run: tokenising every linkable paragraph once, the least any build does.
// The notebook builds in a worker: how long this thread's event loop is blocked meanwhile is
// set against the build itself, which is how long an in-thread build (buildLinks is synchronous) blocks it.
// Discrepancies are found in that worker too: the longest block of this thread while listing
// claims page by page, and while the "only with discrepancies" filter checks every claim in the
// background, is set against finding the same discrepancies in this thread.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadCorpus } from '../electron/core/corpus/load-corpus';
import type { Corpus } from '../electron/core/corpus/corpus';
import { contentTermHashes } from '../electron/core/corroboration/content-terms';
import { createCorroborationLoader } from '../electron/core/corroboration/corroboration-loader';
import { createCorroboration, type Claim } from '../electron/core/corroboration/create-corroboration';
import { SAVE_EVERY_MS } from '../electron/core/corroboration/discrepancy-cache';
import { findDiscrepancies } from '../electron/core/corroboration/find-discrepancies';
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
/** Claims of a Claims-view page, and how many pages are listed (~45 ms a claim in the worker). */
const CLAIMS_PAGE = 100;
const CLAIM_PAGES = 3;
/** How long the background check is watched at most (it takes minutes at 10,000 articles). */
const CHECK_WATCH_MS = 60_000;
/** How often the filtered list is asked for meanwhile, as the Claims view does. */
const FILTER_POLL_MS = 100;

interface DiscrepancyRun {
  pagesMs: number;
  pagesBlockedMax: number;
  checkMs: number;
  /** The first page's discrepancies, found in the worker. */
  firstPageMs: number;
  checked: number;
  claims: number;
  withDiscrepancies: number;
  checkBlockedMax: number;
  /** In this thread: finding the discrepancies of the first page's claims. */
  inThreadPageMs: number;
}

const blockedMax = async (work: () => Promise<void>): Promise<number> => {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  try {
    await work();
  } finally {
    delay.disable();
  }
  return delay.max / 1e6;
};

/** Lists claims page by page, then the filtered list until every claim is checked (or the watch ends), as the notebook does. */
async function discrepanciesInWorker(corpus: Corpus, corpusDir: string, cacheDir: string): Promise<DiscrepancyRun> {
  const loader = createCorroborationLoader({ corpus, corpusDir, cacheDir });
  try {
    const c = await loader.get();
    const claims = c.claims();
    const pages: Claim[][] = [];
    for (let i = 0; i < CLAIM_PAGES && i * CLAIMS_PAGE < claims.length; i++) pages.push(claims.slice(i * CLAIMS_PAGE, (i + 1) * CLAIMS_PAGE));
    const t0 = performance.now();
    let firstPageMs = 0;
    const pagesBlockedMax = await blockedMax(async () => {
      for (const page of pages) {
        await c.discrepanciesOf(page.map((claim) => claim.id));
        firstPageMs ||= performance.now() - t0;
      }
    });
    const pagesMs = performance.now() - t0;
    let checked = 0;
    let withDiscrepancies = 0;
    const t1 = performance.now();
    const checkBlockedMax = await blockedMax(async () => {
      let complete = false;
      const all = c.checkAllDiscrepancies().then(() => (complete = true));
      while (!complete && performance.now() - t1 < CHECK_WATCH_MS) {
        await Promise.race([all, new Promise((resolve) => setTimeout(resolve, FILTER_POLL_MS))]);
        // What listClaims({ discrepanciesOnly: true }) does with each call.
        checked = 0;
        withDiscrepancies = claims.filter((claim) => {
          const known = c.knownDiscrepancies(claim.id);
          if (known) checked++;
          return (known?.length ?? 0) > 0;
        }).length;
      }
    });
    const checkMs = performance.now() - t1;
    const textOf = (id: string): string => corpus.getParagraph(id)?.text ?? '';
    const t2 = performance.now();
    for (const claim of pages[0] ?? []) findDiscrepancies(claim, textOf);
    const inThreadPageMs = performance.now() - t2;
    return { firstPageMs, pagesMs, pagesBlockedMax, checkMs, checked, claims: claims.length, withDiscrepancies, checkBlockedMax, inThreadPageMs };
  } finally {
    await loader.close();
  }
}

/** After a restart: how many claims' discrepancies came back from their cache, and the first page's time. */
async function discrepanciesAfterRestart(corpus: Corpus, corpusDir: string, cacheDir: string): Promise<{ known: number; firstPageMs: number }> {
  const loader = createCorroborationLoader({ corpus, corpusDir, cacheDir });
  try {
    const c = await loader.get();
    const claims = c.claims();
    const known = claims.filter((claim) => c.knownDiscrepancies(claim.id) !== undefined).length;
    const t0 = performance.now();
    await c.discrepanciesOf(claims.slice(0, CLAIMS_PAGE).map((claim) => claim.id));
    return { known, firstPageMs: performance.now() - t0 };
  } finally {
    await loader.close();
  }
}

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
  const d = await discrepanciesInWorker(corpus, ctx.data.corpusDir, cacheDir);
  const restart = await discrepanciesAfterRestart(corpus, ctx.data.corpusDir, cacheDir);
  ctx.shared.corroborationCacheDir = cacheDir; // the renderer then opens as the app does after its first run
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
  const pageClaims = Math.min(CLAIMS_PAGE, d.claims);
  const perClaim = d.inThreadPageMs / Math.max(1, pageClaims);
  figures.push(
    {
      name: 'corroboration.discrepancies.pages.event-loop-blocked.max',
      value: d.pagesBlockedMax,
      unit: 'ms',
      baseline: { name: `in-thread discrepancies of one page (${pageClaims} claims)`, value: d.inThreadPageMs },
      note: `${Math.min(CLAIM_PAGES, Math.ceil(d.claims / CLAIMS_PAGE))} pages of ${CLAIMS_PAGE} claims found in the worker in ${Math.round(d.pagesMs)} ms; ${control}`,
    },
    {
      name: 'corroboration.discrepancies.filter.event-loop-blocked.max',
      value: d.checkBlockedMax,
      unit: 'ms',
      baseline: { name: `in-thread discrepancies of all ${d.claims} claims (estimated from one page)`, value: perClaim * d.claims },
      note:
        `the background check, with the filtered list asked every ${FILTER_POLL_MS} ms: ${d.checked} of ${d.claims} claims checked in ${Math.round(d.checkMs)} ms ` +
        `(${d.checked < d.claims ? `watch ended at ${CHECK_WATCH_MS / 1000} s` : 'complete'}), ${d.withDiscrepancies} with discrepancies; ${control}`,
    },
    {
      name: 'corroboration.discrepancies.after-restart.first-page',
      value: restart.firstPageMs,
      unit: 'ms',
      baseline: { name: 'the first page before any were saved', value: d.firstPageMs },
      note: `a new worker over the same cache: ${restart.known} of ${d.claims} claims' discrepancies known at open (saved from the run above, at most every ${SAVE_EVERY_MS / 1000} s while it checked)`,
    },
  );
  return figures;
}
