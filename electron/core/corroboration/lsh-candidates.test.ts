import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf } from './corroboration-test-kit';
import { lshCandidates, pairRows } from './lsh-candidates';
import { MinHasher } from './minhash';
import { assembleTable, computeSourceRows, NO_SIGNATURE } from './signature-table';

const REMARK = 'We have an intergovernmental commission on military-technical cooperation with its own plans.';
const OTHER = 'The vaccine will be stored in liquid form at or below minus eighteen degrees Celsius.';

function tableOf(sources: Record<string, string[]>, stop = new Int32Array(0)) {
  const corpus = corpusOf(sources);
  return assembleTable(Object.keys(sources).map((id) => computeSourceRows(corpus, id)), new MinHasher(), stop);
}
const pairs = (keys: Float64Array): number[][] => Array.from(keys, pairRows);

test('the same sentence in two sources is a candidate; in one source or unrelated it is not', () => {
  const table = tableOf({ a: [REMARK, REMARK], b: [OTHER, REMARK] });
  // Rows: a:p1=0, a:p2=1, b:p1=2, b:p2=3.
  assert.deepEqual(pairs(lshCandidates(table, { bucketCap: 64 })), [
    [0, 3],
    [1, 3],
  ]);
});

test('with dirty rows, only pairs touching them are wanted', () => {
  const table = tableOf({ a: [REMARK], b: [REMARK], c: [REMARK] });
  const dirty = Uint8Array.from([0, 0, 1]);
  assert.deepEqual(pairs(lshCandidates(table, { bucketCap: 64, dirty })), [
    [0, 2],
    [1, 2],
  ]);
});

test('an oversized bucket pairs every member with its first anchors only', () => {
  const sources: Record<string, string[]> = {};
  for (let i = 0; i < 10; i++) sources[`s${i}`] = [REMARK];
  const table = tableOf(sources);
  assert.equal(lshCandidates(table, { bucketCap: 64 }).length, 45, 'all pairs under the cap');
  // Anchors 0 and 1: pairs (0,1..9) and (1,2..9) = 9 + 8.
  const capped = pairs(lshCandidates(table, { bucketCap: 2 }));
  assert.equal(capped.length, 17);
  assert.ok(capped.every(([a]) => a === 0 || a === 1));
});

test('units made only of stop terms get no signature and no candidates', () => {
  const plain = tableOf({ a: [REMARK], b: [REMARK] });
  const stop = plain.terms.slice().sort();
  const table = tableOf({ a: [REMARK], b: [REMARK] }, stop);
  assert.ok(table.bandKeys.every((k) => k === NO_SIGNATURE));
  assert.equal(lshCandidates(table, { bucketCap: 64 }).length, 0);
});
