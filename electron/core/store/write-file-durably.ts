import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `<file>.tmp-<pid>-<rand>`: the prefix lets a later open find and remove leftovers from a crash. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
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
