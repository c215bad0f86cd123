import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashSoak } from './crash-soak';

// The full 1,000-kill soak is run by hand (see crash-soak.ts); this keeps npm test quick.
test('every acknowledged commit survives SIGKILL at random moments (20 kills)', async () => {
  const r = await runCrashSoak(20);
  assert.equal(r.killsSurvived, 20);
  assert.ok(r.acknowledged > 0, 'the child acknowledged some commits');
});
