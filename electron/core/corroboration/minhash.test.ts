import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateProbability, DEFAULT_MINHASH, MinHasher } from './minhash';

const keys = (h: MinHasher, terms: number[]): Int32Array => {
  const out = new Int32Array(h.params.bands);
  h.bandKeys(Int32Array.from(terms).sort(), out, 0);
  return out;
};
const shared = (a: Int32Array, b: Int32Array): number => a.reduce((n, x, i) => n + (x === b[i] ? 1 : 0), 0);

test('equal sets get equal band keys; the same seed gives the same keys', () => {
  const h = new MinHasher();
  assert.deepEqual(keys(h, [5, 9, 1, 33]), keys(new MinHasher(), [33, 1, 9, 5]));
});

test('the share of agreeing bands follows Jaccard similarity', () => {
  const h = new MinHasher({ bands: 400, rows: 1, seed: 7 });
  const base = Array.from({ length: 60 }, (_, i) => i * 7919);
  const half = [...base.slice(0, 40), ...Array.from({ length: 20 }, (_, i) => 1e6 + i)];
  // Jaccard 40 / 80 = 0.5: about half the single-row bands agree.
  const ratio = shared(keys(h, base), keys(h, half)) / 400;
  assert.ok(ratio > 0.4 && ratio < 0.6, String(ratio));
  assert.ok(shared(keys(h, base), keys(h, [1, 2, 3])) < 20);
});

test('candidate probability is the S-curve of banding', () => {
  assert.equal(candidateProbability(0), 0);
  assert.equal(candidateProbability(1), 1);
  assert.ok(candidateProbability(0.5) > 0.98);
  assert.ok(candidateProbability(0.1) < 0.05);
  assert.equal(DEFAULT_MINHASH.bands * DEFAULT_MINHASH.rows, 96);
});
