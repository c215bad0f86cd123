import type { FileHandle } from 'node:fs/promises';
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory, writeFileDurably } from './write-file-durably';

/**
 * The append-only journal beside the snapshot. Every append is followed by fdatasync, and a failed
 * append is cut back off, so the file never keeps half a line that a later append would bury.
 */
export class JournalFile {
  private broken: Error | undefined;

  private constructor(
    readonly path: string,
    private handle: FileHandle,
    private bytes: number,
  ) {}

  /** Opens (creating if needed) and cuts the file to `keepBytes`, dropping a torn or damaged tail. */
  static async open(path: string, keepBytes: number): Promise<JournalFile> {
    const handle = await open(path, 'a');
    let size: number;
    try {
      size = (await handle.stat()).size;
      if (size > keepBytes) {
        await handle.truncate(keepBytes);
        await handle.datasync();
      }
      // The file may be new: its directory entry must be durable before any append counts as saved.
      await fsyncDirectory(dirname(path));
    } catch (e) {
      await handle.close();
      throw e;
    }
    return new JournalFile(path, handle, Math.min(size, keepBytes));
  }

  get size(): number {
    return this.bytes;
  }

  /** Resolves once `text` is on disk. */
  async append(text: string): Promise<void> {
    if (this.broken) throw this.broken;
    const data = Buffer.from(text, 'utf8');
    const before = this.bytes;
    try {
      let done = 0;
      while (done < data.length) {
        const { bytesWritten } = await this.handle.write(data, done, data.length - done);
        done += bytesWritten;
      }
      await this.handle.datasync();
    } catch (e) {
      try {
        await this.handle.truncate(before);
        await this.handle.datasync();
      } catch (cutError) {
        this.broken = new Error(`${this.path} could not be repaired after a failed write (${(cutError as Error).message})`);
      }
      throw e;
    }
    this.bytes += data.length;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async truncate(): Promise<void> {
    if (this.broken) throw this.broken;
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.bytes = 0;
  }

  /**
   * Drops the first `offset` bytes: lines a new snapshot already holds, while later lines
   * (appended during that snapshot's write) stay. Atomic, via a temp file and rename.
   */
  async dropPrefix(offset: number): Promise<void> {
    if (this.broken) throw this.broken;
    const tail = (await readFile(this.path)).subarray(offset, this.bytes);
    await writeFileDurably(this.path, tail);
    try {
      await this.handle.close();
      this.handle = await open(this.path, 'a');
    } catch (e) {
      this.broken = new Error(`${this.path} could not be reopened after compaction (${(e as Error).message})`);
      throw e;
    }
    this.bytes = tail.length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
