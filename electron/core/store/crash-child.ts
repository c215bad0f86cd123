// Test helper run as a separate process by crash-soak.ts and the store tests. Opens the toy store
// in argv[2], prints "ready <n>", then keeps `inFlight` commits going forever: commit k pushes
// item-k and bumps counter n as one batch, and "ack k" is printed once commit k has resolved.
// Small compaction limits make snapshot writes, journal truncation and backups happen all the time.
import { openStore } from './open-store';
import { toyOptions } from './toy-state';

const dir = process.argv[2] ?? '.';
const inFlight = Number(process.argv[3] ?? 4);
const store = await openStore(toyOptions(dir, { compactAfter: { ops: 60, bytes: 2048 } }));
let next = store.state.log.length;
process.stdout.write(`ready ${next}\n`);

const padding = 'x'.repeat(200);
async function worker(): Promise<void> {
  for (;;) {
    const k = next++;
    await store.commit([
      { type: 'push', item: `item-${k}` },
      { type: 'inc', key: 'n', by: 1 },
      { type: 'inc', key: `pad-${k % 50}-${padding}`, by: 1 },
    ]);
    process.stdout.write(`ack ${k}\n`);
  }
}
await Promise.all(Array.from({ length: inFlight }, worker));
