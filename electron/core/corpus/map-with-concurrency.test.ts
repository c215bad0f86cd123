import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { mapWithConcurrency } from './map-with-concurrency';

test('keeps input order and never runs more than the limit at once', async () => {
  let inFlight = 0;
  let peak = 0;
  const items = Array.from({ length: 50 }, (_, i) => i);
  const out = await mapWithConcurrency(items, 4, async (n, i) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    for (let k = 0; k < (n % 3) + 1; k++) await tick();
    inFlight--;
    return `${n}@${i}`;
  });
  assert.deepEqual(out, items.map((n) => `${n}@${n}`));
  assert.equal(peak, 4);
});

test('an empty list gives an empty result; a failure rejects and starts no more work', async () => {
  assert.deepEqual(await mapWithConcurrency([], 8, async () => 1), []);
  const started: number[] = [];
  await assert.rejects(
    mapWithConcurrency(Array.from({ length: 100 }, (_, i) => i), 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 2) throw new Error('boom 2');
      return n;
    }),
    /boom 2/,
  );
  assert.ok(started.length <= 4, `started ${started.join(',')}`);
  await assert.rejects(mapWithConcurrency([1], 0, async (n) => n), RangeError);
});
