// Test helper run as a separate process: takes the notebook lock in argv[2], prints "held",
// and keeps it until its stdin closes (or it is killed).
import { join } from 'node:path';
import { acquireLock } from './lock-file';

const dir = process.argv[2] ?? '.';
const lock = await acquireLock(dir, join(dir, 'notebook.lock'), { app: 'lock-child', now: () => new Date() });
process.stdout.write('held\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void lock.release().then(() => process.exit(0));
});
