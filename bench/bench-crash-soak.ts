// Durability under SIGKILL (issue: hardening): the real notebook store, killed at random moments,
// 1,000 times in a full run. The figure is the kills survived; a lost acknowledged write throws.
import { runCrashSoak } from '../electron/core/store/crash-soak';
import { notebookScenario } from '../electron/core/notebook/notebook-soak';
import { type BenchContext, reps } from './bench-context';
import type { Figure } from './figure';

export async function benchCrashSoak(ctx: BenchContext): Promise<Figure[]> {
  const kills = reps(ctx, 1000, 100);
  const t0 = performance.now();
  const r = await runCrashSoak(kills, ctx.log, notebookScenario());
  const seconds = (performance.now() - t0) / 1000;
  return [
    {
      name: 'crash-soak.kills-survived',
      value: r.killsSurvived,
      unit: 'kills',
      target: { pass: r.killsSurvived === kills, text: `${kills} of ${kills}, no acknowledged write lost` },
      note: `${r.acknowledged} acknowledged steps, ${JSON.stringify(r.notices)}, ${seconds.toFixed(0)} s`,
    },
  ];
}
