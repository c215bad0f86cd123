import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBundled, NDTV, TRT } from './corroboration-test-kit';
import { createCorroboration } from './create-corroboration';
import { checkGold, evaluateGold, readGold, type GoldSet } from './gold-evaluation';

test('the gold set names real, linkable paragraphs of two sources, each pair once, each with a reason', async () => {
  const gold = await readGold();
  const corpus = await loadBundled();
  checkGold(gold, corpus);
  assert.ok(gold.pairs.length >= 100);
  assert.ok(gold.pairs.every((p) => p.reason.length > 10 && ['same-quote', 'same-fact', 'unrelated'].includes(p.label)));
  assert.ok(gold.pairs.filter((p) => p.label === 'unrelated').length >= 20, 'hard negatives');
  assert.ok(gold.excluded.every((p) => p.reason.length > 5));
  assert.ok(gold.discrepancies.some((d) => d.sides.some((s) => s.words.includes('next year'))));
  const twice: GoldSet = { ...gold, pairs: [...gold.pairs, { a: `${TRT}:p10`, b: `${NDTV}:p8`, label: 'same-quote', reason: 'again' }] };
  assert.throws(() => checkGold(twice, corpus), /listed twice/);
  const title: GoldSet = { ...gold, pairs: [{ a: `${NDTV}:p2`, b: `${TRT}:p10`, label: 'unrelated', reason: 'a title' }] };
  assert.throws(() => checkGold(title, corpus), /is a title, which is never linked/);
});

test('links and discrepancies stay at or above the floor last met against the gold set', async () => {
  const gold = await readGold();
  const corpus = await loadBundled();
  const c = createCorroboration({ corpus, cacheDir: null });
  await c.open();
  const e = await evaluateGold(gold, corpus, c);
  const detail = `precision ${e.precision.toFixed(3)}, recall ${e.recall.toFixed(3)}, discrepancies ${e.discrepancyRecall.toFixed(2)}\n${e.errors.join('\n')}`;
  assert.ok(e.precision >= gold.floor.precision, detail);
  assert.ok(e.recall >= gold.floor.recall, detail);
  assert.ok(e.discrepancyRecall >= gold.floor.discrepancyRecall, `missed: ${e.missedDiscrepancies.join(', ')}`);
  assert.equal(e.truePositives + e.errors.filter((x) => x.startsWith('FP')).length, e.links);
});
