// Corroboration: the precision and recall of its links, and the discrepancies it finds, against
// the hand-labelled gold set over the bundled articles (bench/corroboration-gold.json); then
// the cost of building the links for the benchmark corpus, and of loading them back from cache.
// Baseline in the same run: tokenising every linkable paragraph once, the least any build does.
import { loadCorpus } from '../electron/core/corpus/load-corpus';
import { contentTermHashes } from '../electron/core/corroboration/content-terms';
import { createCorroboration } from '../electron/core/corroboration/create-corroboration';
import { isEligible } from '../electron/core/corroboration/eligible-paragraph';
import { evaluateGold, readGold } from '../electron/core/corroboration/gold-evaluation';
import { BUNDLED_CORPUS } from './generate';
import { type BenchContext, scratchDir } from './bench-context';
import type { Figure } from './figure';

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;

export async function benchCorroboration(ctx: BenchContext): Promise<Figure[]> {
  const bundled = await loadCorpus(BUNDLED_CORPUS);
  const onBundled = createCorroboration({ corpus: bundled, cacheDir: null });
  await onBundled.open();
  const gold = await readGold();
  const e = evaluateGold(gold, bundled, onBundled);
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

  const corpus = await loadCorpus(ctx.data.corpusDir);
  const t0 = performance.now();
  let terms = 0;
  for (const p of corpus.allParagraphs()) if (isEligible(p)) terms += contentTermHashes(p.text).length;
  const tokenise = performance.now() - t0;
  const cacheDir = await scratchDir(ctx, 'corroboration');
  const t1 = performance.now();
  const built = await createCorroboration({ corpus, cacheDir }).open();
  const build = performance.now() - t1;
  const t2 = performance.now();
  const loaded = await createCorroboration({ corpus, cacheDir }).open();
  const load = performance.now() - t2;
  if (loaded.mode !== 'cached') throw new Error(`the corroboration cache was not used (${loaded.mode}: ${loaded.cacheProblem ?? 'no reason given'})`);
  const baseline = { name: `tokenise ${terms} terms`, value: tokenise };
  figures.push(
    { name: 'corroboration.build', value: build, unit: 'ms', baseline, note: `${built.paragraphs} paragraphs, ${built.build?.candidates ?? 0} candidate pairs, ${built.links} links, ${built.claims} claims` },
    { name: 'corroboration.cached-load', value: load, unit: 'ms', baseline },
  );
  return figures;
}
