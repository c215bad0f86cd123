import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNotebookError } from '../../shared/result';
import { loadBundled } from './corroboration-test-kit';
import { createDiscrepancyChecker, discrepanciesInThread, textOfCorpus } from './discrepancy-checker';
import type { DiscrepancyAnswer } from './corroboration-worker-protocol';
import { findDiscrepancies } from './find-discrepancies';
import { loadLinkState } from './load-link-state';

async function bundledClaims() {
  const corpus = await loadBundled();
  const { claims } = await loadLinkState({ corpus, cacheDir: null });
  return { claims, textOf: textOfCorpus(corpus) };
}

test('checkAll answers every claim once, in claim order, the last batch marked complete, with what findDiscrepancies finds', async () => {
  const { claims, textOf } = await bundledClaims();
  const checker = createDiscrepancyChecker(claims, textOf);
  const [claim] = claims;
  assert.ok(claim);
  assert.deepEqual(checker.find([claim.id]), [[claim.id, findDiscrepancies(claim, textOf)]]);
  const batches: { answers: DiscrepancyAnswer[]; complete: boolean }[] = [];
  await checker.checkAll((answers, complete) => batches.push({ answers, complete }));
  assert.deepEqual(batches.map((b) => b.complete), [...batches.slice(1).map(() => false), true]);
  const answered = batches.flatMap((b) => b.answers);
  assert.deepEqual(answered.map(([id]) => id), claims.map((c) => c.id));
  for (const [i, c] of claims.entries()) assert.deepEqual(answered[i]?.[1], findDiscrepancies(c, textOf), c.id);
});

test('checkAll stops when told; an unknown claim id is NOT_FOUND', async () => {
  const { claims, textOf } = await bundledClaims();
  const checker = createDiscrepancyChecker(claims, textOf);
  let calls = 0;
  await checker.checkAll(() => calls++, () => true);
  assert.equal(calls, 0, 'a stopped check hands nothing out');
  assert.throws(() => checker.find(['c0000000000000000']), (e) => isNotebookError(e) && e.code === 'NOT_FOUND' && /c0000000000000000/.test(e.message));
});

test('the in-thread source answers find and checkAll like the checker', async () => {
  const { claims, textOf } = await bundledClaims();
  const source = discrepanciesInThread(claims, textOf);
  const ids = claims.map((c) => c.id);
  const found = await source.find(ids);
  const checked = new Map<string, unknown>();
  await source.checkAll((answers) => answers.forEach(([id, list]) => checked.set(id, list)));
  assert.deepEqual(checked, found);
});

test('answers known from the cache are handed out as they are, and only new ones go to the saver, flushed when the check completes', async () => {
  const { claims, textOf } = await bundledClaims();
  const [first, second] = claims;
  assert.ok(first && second);
  const sentinel: DiscrepancyAnswer = [first.id, [{ claimId: first.id, type: 'number', values: [] }]];
  const added: string[] = [];
  let flushes = 0;
  const saver = { add: (answers: readonly DiscrepancyAnswer[]) => added.push(...answers.map(([id]) => id)), flush: async () => void flushes++ };
  const checker = createDiscrepancyChecker(claims, textOf, [sentinel], saver);
  assert.deepEqual(checker.find([first.id]), [sentinel], 'not found again');
  assert.deepEqual(checker.find([second.id]), [[second.id, findDiscrepancies(second, textOf)]]);
  assert.deepEqual(added, [second.id]);
  await checker.checkAll(() => assert.equal(flushes, added.length === claims.length - 1 ? 1 : 0));
  assert.deepEqual(added.sort(), claims.slice(1).map((c) => c.id).sort());
  assert.equal(flushes, 1);
});
