// Run as a separate process by the notebook crash soak: opens the real notebook store in argv[2],
// prints "ready <steps>", then keeps `inFlight` steps of soakOps going forever, printing "ack k"
// once step k is on disk. Small compaction limits make snapshots, truncation and backups frequent.
import { openStore } from '../store/open-store';
import { notebookStoreOptions } from './notebook-store-options';
import { soakOps } from './notebook-soak-ops';

const dir = process.argv[2] ?? '.';
const inFlight = Number(process.argv[3] ?? 4);
const steps = Number(process.argv[4] ?? 0);
const store = await openStore(notebookStoreOptions(dir, { compactAfter: { ops: 60, bytes: 4096 } }));
let next = steps;
process.stdout.write(`ready ${next}\n`);

async function worker(): Promise<void> {
  for (;;) {
    const k = next++;
    await store.commit(soakOps(k));
    process.stdout.write(`ack ${k}\n`);
  }
}
await Promise.all(Array.from({ length: inFlight }, worker));
