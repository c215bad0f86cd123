import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NotebookError } from '../../shared/result';
import { Corpus } from './corpus';
import { STAT_FIELDS, type CorpusCacheContents } from './corpus-cache-file';
import { corpusCachePath, readCorpusCache, writeCorpusCache, type ReadCache } from './corpus-cache';
import { parseCorpusManifest, type CorpusManifest, type ManifestSource } from './corpus-manifest';
import { decodeUtf8 } from './decode-utf8';
import { mapWithConcurrency } from './map-with-concurrency';
import { ParagraphTableBuilder, type ParsedParagraphs } from './paragraph-table';
import { articleKey, fileProblem, MANIFEST_FILE, parseArticle, readArticle, sourceMetaOf, unreadableArticle } from './read-article';

export { MANIFEST_FILE } from './read-article';
/** Enough parallel reads to keep the disk busy, well under common open-file limits. */
const READ_CONCURRENCY = 64;
/**
 * Part of the fingerprint: bump it when splitting, hashing or the kind heuristics change, so
 * caches built from the old paragraphs (the search index, the corpus cache) are rebuilt even if
 * no file changed.
 */
const PARAGRAPH_RULES_VERSION = 1;
const DIGEST_BYTES = 32;

export interface LoadCorpusOptions {
  /**
   * Folder for the corpus cache (the notebook's `<dataDir>/cache`). With it, a start reads one
   * cache file and stats the articles, and parses only those that changed; without it, or if it
   * cannot be read or written, every article is read and parsed.
   */
  cacheDir?: string;
  /** False: use the cache but never write it (read-only opens write nothing). Default true. */
  updateCache?: boolean;
}

/** One article's paragraphs: copied from the cache's article `cached`, or parsed just now. */
type Done = { cached: number; digest: Uint8Array } | { parsed: ParsedParagraphs; digest: Uint8Array };
/** Reuse cached article `reuse`, or read the file (and reuse `candidate`'s paragraphs if its bytes are the same). */
type Plan = { reuse: number } | { candidate: number | undefined };

/**
 * Loads `<dir>/manifest.json` and every article it lists. Any problem (missing or invalid
 * manifest, unreadable article) is a NotebookError('CORPUS') that names the file.
 */
export async function loadCorpus(dir: string, opts: LoadCorpusOptions = {}): Promise<Corpus> {
  const root = path.resolve(dir);
  const cacheFile = opts.cacheDir === undefined ? null : corpusCachePath(opts.cacheDir, root);
  const manifestPath = path.join(root, MANIFEST_FILE);
  let manifestBytes: Buffer;
  try {
    manifestBytes = await readFile(manifestPath);
  } catch (e) {
    throw new NotebookError('CORPUS', `Cannot read the corpus manifest ${manifestPath}: ${fileProblem(e)}.`);
  }
  const manifestDigest = createHash('sha256').update(manifestBytes).digest('hex');
  // Its checksum is then computed off the main thread while the articles are stat'ed.
  const read = cacheFile === null ? null : readCorpusCache(cacheFile);
  const cache = read?.ok && read.cache.contents.rules === PARAGRAPH_RULES_VERSION && read.cache.contents.corpusDir === root ? read.cache : null;

  let loaded = cache && (await withCache(root, manifestBytes, manifestDigest, cache));
  loaded ??= await assemble(root, parseCorpusManifest(manifestBytes, manifestPath), manifestDigest, null, () => ({ candidate: undefined }));
  if (loaded.changed && cacheFile !== null && opts.updateCache !== false) await writeCorpusCache(cacheFile, loaded.contents);
  return loaded.corpus;
}

interface Loaded {
  corpus: Corpus;
  contents: CorpusCacheContents;
  /** False when the cache file already holds exactly this. */
  changed: boolean;
}

/** Null when the cache turns out damaged: the caller then loads without it. */
async function withCache(root: string, manifestBytes: Buffer, manifestDigest: string, cache: ReadCache): Promise<Loaded | null> {
  const c = cache.contents;
  const manifestPath = path.join(root, MANIFEST_FILE);
  // The same bytes passed validation when the cache was written (and the cache is checksummed):
  // parsing them again is all that is needed.
  const sameManifest = c.manifestDigest === manifestDigest;
  const manifest = sameManifest ? (JSON.parse(decodeUtf8(manifestBytes, manifestPath)) as CorpusManifest) : parseCorpusManifest(manifestBytes, manifestPath);
  let stats: Stats[];
  try {
    stats = statArticles(root, manifest.sources);
  } catch (e) {
    if (!(await cache.intact)) return null;
    throw e;
  }
  if (!(await cache.intact)) return null;

  const byKey = new Map<string, number>();
  c.keys.forEach((k, e) => byKey.set(k, e));
  const loaded = await assemble(root, manifest, manifestDigest, cache, (entry, i) => {
    const e = byKey.get(articleKey(entry));
    const st = stats[i] as Stats;
    if (e === undefined || !sameIdentity(c.stats, e, st)) return { candidate: e };
    // Changed in the same clock tick as the cache was written, it could look unchanged: check its bytes (git's "racy clean").
    return st.mtimeMs >= cache.mtimeMs ? { candidate: e } : { reuse: e };
  });
  return loaded;
}

/** Stats every article (synchronously: 10,000 stats take a few tens of ms this way, several times that through the thread pool). */
function statArticles(root: string, entries: readonly ManifestSource[]): Stats[] {
  return entries.map((entry, i) => {
    let st: Stats | undefined;
    try {
      st = statSync(path.join(root, entry.file), { throwIfNoEntry: false });
    } catch (e) {
      throw unreadableArticle(root, entry, i, fileProblem(e));
    }
    if (!st) throw unreadableArticle(root, entry, i, 'the file does not exist');
    if (st.isDirectory()) throw unreadableArticle(root, entry, i, 'it is a directory, not a file');
    return st;
  });
}

const identity = (st: Stats): number[] => [st.size, st.mtimeMs, st.ctimeMs, st.ino];

/** Size, mtime, ctime and inode all as recorded: a rewrite, a copy over it or a rename onto it changes one of them. */
function sameIdentity(stats: Float64Array, e: number, st: Stats): boolean {
  return identity(st).every((v, k) => stats[e * STAT_FIELDS + k] === v);
}

async function assemble(root: string, manifest: CorpusManifest, manifestDigest: string, cache: ReadCache | null, plan: (entry: ManifestSource, i: number) => Plan): Promise<Loaded> {
  const entries = manifest.sources;
  const plans = entries.map(plan);
  const c = cache?.contents;
  const cachedDigest = (e: number): Uint8Array => (c as CorpusCacheContents).digests.subarray(e * DIGEST_BYTES, (e + 1) * DIGEST_BYTES);
  const stats = new Float64Array(entries.length * STAT_FIELDS);
  const toRead = entries.flatMap((entry, i) => ('reuse' in (plans[i] as Plan) ? [] : [i]));
  const done = new Array<Done>(entries.length);
  plans.forEach((p, i) => {
    if ('reuse' in p) {
      done[i] = { cached: p.reuse, digest: cachedDigest(p.reuse) };
      stats.set(c?.stats.subarray(p.reuse * STAT_FIELDS, (p.reuse + 1) * STAT_FIELDS) ?? [], i * STAT_FIELDS);
    }
  });
  await mapWithConcurrency(toRead, READ_CONCURRENCY, async (i) => {
    const entry = entries[i] as ManifestSource;
    const article = await readArticle(root, entry, i);
    const digest = Buffer.from(article.digest, 'hex');
    const candidate = (plans[i] as { candidate: number | undefined }).candidate;
    stats.set(identity(article.stat), i * STAT_FIELDS);
    done[i] = candidate !== undefined && digest.equals(cachedDigest(candidate)) ? { cached: candidate, digest } : { parsed: parseArticle(root, entry, i, article.bytes), digest };
  });

  const unchanged = c !== undefined && c.manifestDigest === manifestDigest && c.keys.length === entries.length && done.every((d, i) => 'cached' in d && d.cached === i) && toRead.length === 0;
  let table;
  if (unchanged) table = c.table;
  else {
    const builder = new ParagraphTableBuilder();
    for (const d of done) {
      if ('cached' in d) builder.addFromTable((c as CorpusCacheContents).table, d.cached);
      else builder.addParsed(d.parsed);
    }
    table = builder.build();
  }
  const digests = new Uint8Array(entries.length * DIGEST_BYTES);
  done.forEach((d, i) => digests.set(d.digest, i * DIGEST_BYTES));

  const fingerprint = createHash('sha256');
  fingerprint.update(`dossier-corpus rules=${PARAGRAPH_RULES_VERSION}\n`);
  fingerprint.update(manifestDigest);
  for (const d of done) fingerprint.update(`\n${Buffer.from(d.digest).toString('hex')}`);
  const corpus = new Corpus(root, fingerprint.digest('hex'), { metas: entries.map(sourceMetaOf), table });
  const contents: CorpusCacheContents = { rules: PARAGRAPH_RULES_VERSION, corpusDir: root, manifestDigest, keys: entries.map(articleKey), stats, digests, table };
  return { corpus, contents, changed: !unchanged };
}
