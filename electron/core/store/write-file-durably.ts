import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `<file>.tmp-<pid>-<rand>`: the prefix lets a later open find and remove leftovers from a crash. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the temps of `file` (tempPathFor) left by a process that was killed mid-write, or by
 * this one: call it only where this process has no write of `file` under way.
 */
export async function removeStaleTemps(file: string): Promise<void> {
  const prefix = `${basename(file)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return; // no directory yet: nothing left over
  }
  const stale = names.filter((n) => {
    if (!n.startsWith(prefix)) return false;
    const pid = Number(n.slice(prefix.length).split('-')[0]);
    return Number.isInteger(pid) && (pid === process.pid || !running(pid));
  });
  await Promise.all(stale.map((n) => unlink(join(dirname(file), n)).catch(() => undefined)));
}

/**
 * Makes renames and new files in `dir` survive power loss. Windows cannot open a directory for
 * fsync (EISDIR/EPERM) and its renames are already journaled by NTFS, so that failure is ignored.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw e;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `path` atomically: readers and crashes see either the old bytes or all of the new ones.
 * Temp file in the same directory (rename is only atomic within one file system), fsync it,
 * rename over, then fsync the directory so the rename itself is durable.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await fsyncDirectory(dirname(path));
}

/**
 * mkdir -p whose new directories survive power loss: each one's entry is fsynced in its parent.
 * Without this, a notebook's first changes could be confirmed and then lost with their folder.
 */
export async function mkdirDurably(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let d = dir; ; d = dirname(d)) {
    await fsyncDirectory(dirname(d));
    if (d === first || dirname(d) === d) return;
  }
}
