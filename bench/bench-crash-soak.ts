// Durability under SIGKILL (issue: hardening): the real notebook store, killed at random moments,
// 1,000 times in a full run. The figure is the kills survived; a lost acknowledged write throws.
// The kills run in two lanes at once (each its own notebook directory, child and replay), one
// per core: a round is mostly waiting for a Node process to start, so two lanes halve the time.
import { availableParallelism } from 'node:os';
import { runCrashSoak, type SoakResult } from '../electron/core/store/crash-soak';
import { notebookScenario } from '../electron/core/notebook/notebook-soak';
import { type BenchContext, reps } from './bench-context';
import type { Figure } from './figure';

export async function benchCrashSoak(ctx: BenchContext): Promise<Figure[]> {
  const kills = reps(ctx, 1000, 100);
  const lanes = Math.max(1, Math.min(2, availableParallelism()));
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: lanes }, (_, lane) => {
      const share = Math.floor(kills / lanes) + (lane < kills % lanes ? 1 : 0);
      return runCrashSoak(share, (line) => ctx.log(`lane ${lane + 1}: ${line}`), notebookScenario());
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const total: SoakResult = { killsSurvived: 0, acknowledged: 0, notices: {} };
  for (const r of results) {
    total.killsSurvived += r.killsSurvived;
    total.acknowledged += r.acknowledged;
    for (const [kind, n] of Object.entries(r.notices)) total.notices[kind] = (total.notices[kind] ?? 0) + n;
  }
  return [
    {
      name: 'crash-soak.kills-survived',
      value: total.killsSurvived,
      unit: 'kills',
      target: { pass: total.killsSurvived === kills, text: `${kills} of ${kills}, no acknowledged write lost` },
      note: `${lanes} lane(s) at once, ${total.acknowledged} acknowledged steps, ${JSON.stringify(total.notices)}, ${seconds.toFixed(0)} s`,
    },
  ];
}
