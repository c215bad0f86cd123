import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from './seeded-random';

test('the same seed gives the same stream, another seed another', () => {
  const take = (seed: number) => {
    const r = seededRandom(seed);
    return Array.from({ length: 20 }, () => r.next());
  };
  assert.deepEqual(take(42), take(42));
  assert.notDeepEqual(take(42), take(43));
});

test('picks stay in range and zipf favours low indexes', () => {
  const r = seededRandom(1);
  const ints = Array.from({ length: 2000 }, () => r.int(3, 7));
  assert.deepEqual([...new Set(ints)].sort(), [3, 4, 5, 6, 7]);
  const z = Array.from({ length: 5000 }, () => r.zipf(1000));
  assert.ok(z.every((i) => i >= 0 && i < 1000));
  assert.ok(z.filter((i) => i < 10).length > z.filter((i) => i >= 500).length, 'low ranks are more common');
  assert.match(r.hex(12), /^[0-9a-f]{12}$/);
  assert.deepEqual(r.shuffle([1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]);
  assert.throws(() => r.pick([]));
});
