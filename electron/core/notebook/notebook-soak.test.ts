import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashSoak } from '../store/crash-soak';
import { emptyNotebook } from './notebook-data';
import { notebookScenario } from './notebook-soak';
import { SoakReplay } from './notebook-soak-ops';

// The 1,000-kill run is in the benchmarks (npm run bench -- --only crash-soak); this keeps npm test quick.
test('the real notebook store keeps every acknowledged step through SIGKILL at random moments (20 kills)', { timeout: 120_000 }, async () => {
  const r = await runCrashSoak(20, undefined, notebookScenario());
  assert.equal(r.killsSurvived, 20);
  assert.ok(r.acknowledged > 0, 'the child acknowledged some steps');
});

test('the check refuses a state that lost an acknowledged step, or one no step leads to', () => {
  const scenario = notebookScenario();
  const replay = new SoakReplay();
  assert.equal(scenario.check(structuredClone(replay.advanceTo(12)), 10), 12);
  assert.throws(() => scenario.check(structuredClone(replay.advanceTo(12)), 20), /not the state after any step from 20 \(20 acknowledged\)/);
  const odd = structuredClone(replay.advanceTo(30));
  odd.settings.paper = 'letter';
  assert.throws(() => scenario.check(odd, 25), /not the state after any step/);
  assert.throws(() => notebookScenario().check(emptyNotebook(), 1), /not the state/);
});
