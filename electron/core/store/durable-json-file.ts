import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { decodeJsonBytes } from './decode-json-bytes';
import { writeFileDurably } from './write-file-durably';

/**
 * lowdb adapter that survives crashes and power loss. lowdb's own TextFile (steno) renames a temp
 * file but never fsyncs, so a power cut can leave an empty or stale file behind.
 * `read` throws UnreadableJsonError for a damaged file and returns null only when there is no file.
 * `write` serialises synchronously before its first await: callers may rely on the data being
 * captured at the moment they call it, even if they change it while the write is in flight.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return decodeJsonBytes(bytes) as T;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    return writeFileDurably(this.path, text);
  }
}
