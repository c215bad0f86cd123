import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { smallestK } from './top-k';

test('returns the indexes of the k smallest keys in ascending order (heap and sort paths)', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 300 }), fc.nat(320), (values, k) => {
      const keys = Float64Array.from(values);
      const expected = values
        .map((v, i) => [v, i] as const)
        .sort((a, b) => a[0] - b[0])
        .slice(0, k)
        .map((p) => p[1]);
      assert.deepEqual(Array.from(smallestK(keys, k)), expected);
    }),
    { numRuns: 300 },
  );
});

test('k of zero or an empty input gives nothing', () => {
  assert.equal(smallestK(new Float64Array([3, 1]), 0).length, 0);
  assert.equal(smallestK(new Float64Array(0), 5).length, 0);
});
