import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantile, summarize, timeRepeated } from './stats';

test('quantile uses the nearest rank, so it is always an observed sample', () => {
  const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(quantile(xs, 0.5), 5);
  assert.equal(quantile(xs, 0.95), 10);
  assert.equal(quantile(xs, 0), 1);
  assert.equal(quantile([7], 0.95), 7);
  assert.throws(() => quantile([], 0.5));
});

test('summarize gives median, p95 and the range', () => {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
  assert.deepEqual(summarize(xs), { n: 100, median: 50, p95: 95, min: 1, max: 100 });
});

test('timeRepeated runs in order and returns one duration per run', async () => {
  const seen: number[] = [];
  const times = await timeRepeated(3, async (rep) => {
    seen.push(rep);
  });
  assert.deepEqual(seen, [0, 1, 2]);
  assert.equal(times.length, 3);
  assert.ok(times.every((t) => t >= 0));
});
