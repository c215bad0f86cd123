import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestCosine, cosine, intersectionSize, jaccard } from './set-similarity';

const set = (...xs: number[]): Int32Array => Int32Array.from(xs).sort();

test('intersection, Jaccard and cosine of sorted sets', () => {
  const a = set(-3, 1, 2, 5);
  const b = set(1, 5, 9);
  assert.equal(intersectionSize(a, b), 2);
  assert.equal(jaccard(a, b), 2 / 5);
  assert.equal(cosine(a, b), 2 / Math.sqrt(12));
  assert.equal(jaccard(a, set()), 0);
  assert.equal(cosine(set(), b), 0);
});

test('bestCosine takes the closest pair', () => {
  assert.equal(bestCosine([set(1, 2), set(7, 8, 9)], [set(7, 8, 9), set(3)]), 1);
  assert.equal(bestCosine([], [set(1)]), 0);
});
