import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intersectionSize, jaccard } from './set-similarity';

const set = (...xs: number[]): Int32Array => Int32Array.from(xs).sort();

test('intersection and Jaccard of sorted sets', () => {
  const a = set(-3, 1, 2, 5);
  const b = set(1, 5, 9);
  assert.equal(intersectionSize(a, b), 2);
  assert.equal(jaccard(a, b), 2 / 5);
  assert.equal(jaccard(a, set()), 0);
  assert.equal(intersectionSize(set(), b), 0);
});
