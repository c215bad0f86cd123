import { randomBytes } from 'node:crypto';
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { NotebookError } from '../../shared/result';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  app: string;
}

export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Set when a lock left by a dead process (or an unreadable, old lock file) was taken over. */
  readonly takenOverFrom?: LockOwner | 'unreadable';
  /** Removes the lock file, unless someone else's lock has replaced it. */
  release(): Promise<void>;
}

/** A lock file with unreadable content this young may still be being written by its owner. */
const UNREADABLE_GRACE_MS = 10_000;

const sameOwner = (a: LockOwner, b: LockOwner) => a.pid === b.pid && a.hostname === b.hostname && a.startedAt === b.startedAt;

async function readOwner(path: string): Promise<LockOwner | 'unreadable' | 'gone'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isSafeInteger(v.pid) && typeof v.hostname === 'string' && typeof v.startedAt === 'string') {
      return { pid: v.pid as number, hostname: v.hostname, startedAt: v.startedAt, app: String(v.app ?? '') };
    }
  } catch {
    // fall through
  }
  return 'unreadable';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Creates the lock with its content in one step: the content goes to a temp file that is then
 * hard-linked to the lock path, which fails with EEXIST exactly like an O_EXCL ('wx') open.
 * A plain 'wx' open and write would leave an empty lock if the process died between the two.
 * File systems without hard links fall back to 'wx'.
 */
async function createExclusive(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(temp, content, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    await writeFile(path, content, { flag: 'wx' });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Moves a stale lock out of the way. Renaming (not deleting) it first means that if another
 * process replaced it with a live lock meanwhile, we notice and put that lock back.
 */
async function removeStale(path: string, stale: LockOwner | 'unreadable'): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = await readOwner(aside);
  const wasTheStaleOne = stale === 'unreadable' ? moved === 'unreadable' : moved !== 'gone' && moved !== 'unreadable' && sameOwner(moved, stale);
  if (!wasTheStaleOne) await link(aside, path).catch(() => undefined);
  await unlink(aside);
}

function lockedError(dir: string, owner: LockOwner | 'unreadable'): NotebookError {
  if (owner === 'unreadable') {
    return new NotebookError('LOCKED', `The notebook in ${dir} is being opened by another Dossier process (its lock file is still being written). Try again in a few seconds.`);
  }
  const host = owner.hostname === hostname() ? '' : ` on ${owner.hostname}`;
  return new NotebookError('LOCKED', `The notebook in ${dir} is open in another Dossier process (pid ${owner.pid}${host}, since ${owner.startedAt}). Close it and try again.`);
}

/** Takes `<dir>/notebook.lock`, or throws NotebookError('LOCKED'). */
export async function acquireLock(dir: string, lockPath: string, opts: { app: string; now: () => Date }): Promise<HeldLock> {
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: opts.now().toISOString(), app: opts.app };
  let takenOverFrom: LockOwner | 'unreadable' | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createExclusive(lockPath, `${JSON.stringify(owner)}\n`);
      return {
        path: lockPath,
        owner,
        ...(takenOverFrom ? { takenOverFrom } : {}),
        async release() {
          const current = await readOwner(lockPath);
          if (current !== 'gone' && current !== 'unreadable' && sameOwner(current, owner)) await unlink(lockPath);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const existing = await readOwner(lockPath);
    if (existing === 'gone') continue;
    if (existing === 'unreadable') {
      const age = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < UNREADABLE_GRACE_MS) throw lockedError(dir, existing);
      takenOverFrom = existing;
    } else {
      if (existing.hostname !== hostname() || isAlive(existing.pid)) throw lockedError(dir, existing);
      takenOverFrom = existing;
    }
    await removeStale(lockPath, existing);
  }
  throw new NotebookError('LOCKED', `Could not take the lock ${lockPath}: other processes keep replacing it. Close other Dossier windows and try again.`);
}
