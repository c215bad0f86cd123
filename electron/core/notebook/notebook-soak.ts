// The crash soak on the real notebook store: schema, reducer and ops as the app writes them (tag,
// untag, edit a comment, rename a briefing). After every kill the reopened state must be exactly
// the state after some step at or past the last acknowledged one.
//   node --import tsx electron/core/notebook/notebook-soak.ts 1000   → prints "kills survived: 1000"
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCrashSoak, type SoakScenario } from '../store/crash-soak';
import type { StoreOptions } from '../store/store-options';
import type { NotebookData } from './notebook-data';
import { applyOp } from './notebook-ops';
import { SoakReplay, soakOps } from './notebook-soak-ops';
import { notebookStoreOptions } from './notebook-store-options';

/** Steps in flight at once in the child, at most (crash-soak picks 1 to 6). */
const MAX_UNACKED = 8;

export function notebookScenario(): SoakScenario<NotebookData> {
  const replay = new SoakReplay();
  return {
    childScript: fileURLToPath(new URL('./notebook-crash-child.ts', import.meta.url)),
    options: (dir, readOnly) => notebookStoreOptions(dir, { readOnly }) as StoreOptions<NotebookData, never>,
    check(state, mustHave) {
      // A child killed before any ack may still have committed steps past the last state seen.
      const from = Math.max(mustHave, replay.steps);
      const probe = structuredClone(replay.advanceTo(from));
      for (let steps = from; steps <= from + MAX_UNACKED; steps++) {
        if (isDeepStrictEqual(probe, state)) {
          replay.advanceTo(steps);
          return steps;
        }
        for (const op of soakOps(steps)) applyOp(probe, op);
      }
      const b = state.briefings[0];
      const seen = b ? `title "${b.title}", comment "${(b.items[0] as { comment?: string } | undefined)?.comment?.split(' ').slice(0, 2).join(' ')}"` : 'no briefing';
      throw new Error(`the reopened notebook is not the state after any step from ${from} (${mustHave} acknowledged) to ${from + MAX_UNACKED}: it has ${seen}, ${state.taggings.length} taggings`);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kills = Number(process.argv[2] ?? 1000);
  const started = Date.now();
  const r = await runCrashSoak(kills, (line) => console.log(line), notebookScenario());
  console.log(`acknowledged steps: ${r.acknowledged}; notices: ${JSON.stringify(r.notices)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`kills survived: ${r.killsSurvived}`);
}
