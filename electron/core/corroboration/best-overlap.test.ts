import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestOverlap, sharePair } from './best-overlap';
import { TermWeights } from './term-weights';

const set = (...xs: number[]): Int32Array => Int32Array.from(xs).sort();

function weights(common: Int32Array = new Int32Array(0)): TermWeights {
  const w = new TermWeights(common);
  for (let i = 0; i < 30; i++) w.add(set(1, 2, 3, 200 + i));
  w.add(set(10, 11, 12, 13));
  return w;
}

test('the best pair of units is the one the plain overlap finds, unit by unit', () => {
  const w = weights();
  const a = [set(10, 11, 12, 40), set(1, 2, 50)];
  const b = [set(10, 11, 12, 13, 14, 15, 16, 17), set(1, 2, 60)];
  const shared = sharePair(set(1, 2, 10, 11, 12, 40, 50), set(1, 2, 10, 11, 12, 13, 14, 15, 16, 17, 60));
  assert.equal(shared.count, 5);
  const expected = Math.max(...a.flatMap((x) => b.map((y) => w.overlap(x, y, 3))));
  assert.ok(expected > 0);
  assert.equal(bestOverlap(a, b, shared, w, 3).toFixed(12), expected.toFixed(12));
  assert.equal(bestOverlap(a, b, shared, w, 3, Uint8Array.of(1, 0), Uint8Array.of(1, 0)), 0, 'the only pair sharing three terms is skipped');
  assert.equal(bestOverlap(a, b, shared, w, 3, Uint8Array.of(1, 0), Uint8Array.of(0, 1)).toFixed(12), expected.toFixed(12));
  assert.equal(bestOverlap([], b, shared, w, 3), 0);
});

test('containment: a clause inside a long sentence overlaps more than its cosine says', () => {
  const w = weights();
  const clause = set(10, 11, 12);
  const sentence = set(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
  assert.ok(w.overlap(clause, sentence, 3) > w.cosine(clause, sentence, 3));
  assert.ok(w.overlap(clause, sentence, 3) < 1, 'the cosine part keeps it under a full match');
});

test('common terms never make an overlap alone; near-copies past 32 shared terms still score', () => {
  const w = weights(set(1, 2, 3));
  const shared = sharePair(set(1, 2, 3, 70), set(1, 2, 3, 80));
  assert.equal(bestOverlap([set(1, 2, 3, 70)], [set(1, 2, 3, 80)], shared, w, 3), 0);
  const long = set(...Array.from({ length: 40 }, (_, i) => 300 + i));
  const copy = sharePair(long, long);
  assert.equal(copy.count, 40);
  assert.equal(bestOverlap([long], [long], copy, w, 3).toFixed(9), '1.000000000');
});
