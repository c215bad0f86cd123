import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { topK } from './top-k';

test('the k best: score descending, then index ascending', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(40), { maxLength: 300 }), fc.nat(320), (values, k) => {
      const expected = values
        .map((v, i) => [v, i] as const)
        .sort((a, b) => b[0] - a[0] || a[1] - b[1])
        .slice(0, k)
        .map((p) => p[1]);
      assert.deepEqual(Array.from(topK(Uint16Array.from(values), k)), expected);
    }),
    { numRuns: 300 },
  );
});

test('k of zero, an empty input or the largest score', () => {
  assert.equal(topK(Uint16Array.from([3, 1]), 0).length, 0);
  assert.equal(topK(new Uint16Array(0), 5).length, 0);
  assert.deepEqual(Array.from(topK(Uint16Array.from([0, 65535, 0]), 2)), [1, 0]);
});
