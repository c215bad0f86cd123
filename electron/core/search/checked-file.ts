// Files of the persisted index carry their size and sha-256 in the meta file, so a torn or
// damaged cache is noticed and rebuilt instead of loaded.
import { createHash } from 'node:crypto';
import { type FileHandle, open, readFile } from 'node:fs/promises';

/** Bytes hashed (and written) between two returns to the event loop. */
const SLICE = 4 << 20;

export interface FileCheck {
  bytes: number;
  sha256: string;
}

/** Appends to a new file while hashing what it writes; `close` fsyncs. */
export class CheckedFileWriter {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  static async create(path: string): Promise<CheckedFileWriter> {
    return new CheckedFileWriter(await open(path, 'wx'), path);
  }

  async write(data: string | Uint8Array): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.bytes += buf.length;
    // Hash and write in slices: each awaited write lets the event loop run between them.
    for (let at = 0; at < buf.length; ) {
      const end = Math.min(buf.length, at + SLICE);
      this.hash.update(buf.subarray(at, end));
      while (at < end) at += (await this.handle.write(buf, at, end - at)).bytesWritten;
    }
  }

  async close(): Promise<FileCheck> {
    try {
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Closes without caring about the content (the file is about to be deleted). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/**
 * Reads a file and checks it against its recorded size and hash; throws with the reason.
 * Hashes in slices with `pause` between them, so a large index does not stall the event loop.
 */
export async function readChecked(path: string, check: FileCheck, pause: () => Promise<void> = async () => {}): Promise<Buffer> {
  const buf = await readFile(path);
  if (buf.length !== check.bytes) throw new Error(`${path} has ${buf.length} bytes, expected ${check.bytes}`);
  const hash = createHash('sha256');
  for (let at = 0; at < buf.length; at += SLICE) {
    hash.update(buf.subarray(at, at + SLICE));
    await pause();
  }
  const sha = hash.digest('hex');
  if (sha !== check.sha256) throw new Error(`${path} does not match its checksum`);
  return buf;
}

/**
 * Makes renames in `dir` survive power loss. Windows cannot open a directory for fsync
 * (EISDIR/EPERM) and journals renames itself, so that failure is ignored.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
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
