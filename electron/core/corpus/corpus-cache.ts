// Where the corpus cache lives and how it is read and written. A cache is an optimisation only:
// any problem reading it means "no cache" (the articles are parsed again), and any problem
// writing it leaves the corpus loaded as it is.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempPathFor } from '../store/write-file-durably';
import { CacheFileProblem, checksumMatches, decodeCorpusCache, encodeCorpusCache, type CorpusCacheContents } from './corpus-cache-file';

/**
 * `<cacheDir>/<kind>-<12 hex of the corpus dir's sha-256><ext>`: each cache keeps one file per
 * corpus folder, so corpora sharing a cache dir do not evict each other.
 */
export function cacheFileOfCorpus(cacheDir: string, corpusDir: string, kind: string, ext: string): string {
  return path.join(cacheDir, `${kind}-${createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 12)}${ext}`);
}

/** `<cacheDir>/corpus-<key>.bin`: the articles split into paragraphs. */
export function corpusCachePath(cacheDir: string, corpusDir: string): string {
  return cacheFileOfCorpus(cacheDir, corpusDir, 'corpus', '.bin');
}

export interface ReadCache {
  contents: CorpusCacheContents;
  /** The cache file's mtime: an article modified at or after it may have changed unseen (racy). */
  mtimeMs: number;
  /** Resolves once the checksum has been computed off the main thread. */
  intact: Promise<boolean>;
}

export type CacheRead = { ok: true; cache: ReadCache } | { ok: false; reason: string };

/**
 * Reads the whole file in one synchronous call: an async read of 50 MB goes through the thread
 * pool in 512 KB pieces, which on a busy machine waits far longer than the copy itself takes.
 */
export function readCorpusCache(file: string): CacheRead {
  let bytes: Buffer;
  let mtimeMs: number;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    mtimeMs = fstatSync(fd).mtimeMs;
    bytes = readFileSync(fd);
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache yet' : (e as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    const contents = decodeCorpusCache(bytes);
    const intact = checksumMatches(bytes);
    return { ok: true, cache: { contents, mtimeMs, intact } };
  } catch (e) {
    if (e instanceof CacheFileProblem) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Writes the cache beside itself and renames it into place, so a reader never sees half a file. */
export async function writeCorpusCache(file: string, contents: CorpusCacheContents): Promise<{ ok: true } | { ok: false; reason: string }> {
  const temp = tempPathFor(file);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, encodeCorpusCache(contents));
    await rename(temp, file);
    return { ok: true };
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, reason: (e as Error).message };
  }
}
