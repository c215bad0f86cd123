// The persisted index: `<cacheDir>/search-index/` holds `index.bin` (paragraph table, vocabulary,
// token store and postings as typed-array sections, loaded with one read and used in place) and a
// meta file with the corpus fingerprint, the format version and the file's size and sha-256. It
// is written in a temp directory and renamed into place, so a crash leaves the old index, no
// index, or the new one: never half of one.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CheckedFileWriter, type FileCheck, fsyncDirectory, readChecked } from './checked-file';
import { readSections, writeSections } from './index-file';
import { ParagraphTable } from './paragraph-table';
import { PostingIndex, RESOLUTION } from './posting-index';
import { TokenStore } from './token-store';
import { Vocabulary } from './vocabulary';

/** Bump when the tokenizer, the scoring slots or the file layout change: old caches get rebuilt. */
export const INDEX_FORMAT = 4;
export const INDEX_DIR = 'search-index';
const META = 'meta.json';
export const INDEX_FILE = 'index.bin';
const LEFTOVER = new RegExp(`^${INDEX_DIR}\\.(tmp|old)-`);

interface Meta {
  format: number;
  resolution: number;
  fingerprint: string;
  paragraphs: number;
  terms: number;
  builtAt: string;
  files: Record<string, FileCheck>;
}

export interface LoadedIndex {
  table: ParagraphTable;
  postings: PostingIndex;
  vocabulary: Vocabulary;
  tokens: TokenStore;
}

export type LoadResult = ({ ok: true } & LoadedIndex) | { ok: false; reason: string };

const suffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

/** Writes a new file through `fill`, fsyncs it, and returns its size and hash. */
async function writeFile(path: string, fill: (w: CheckedFileWriter) => Promise<void>): Promise<FileCheck> {
  const w = await CheckedFileWriter.create(path);
  try {
    await fill(w);
  } catch (e) {
    await w.abandon();
    throw e;
  }
  return w.close();
}

/** Writes `index` as the saved index of the corpus `fingerprint`, replacing any older one whole. */
export async function saveIndex(cacheDir: string, fingerprint: string, index: LoadedIndex, pause: () => Promise<void>): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const dir = join(cacheDir, `${INDEX_DIR}.tmp-${suffix()}`);
  await mkdir(dir);
  try {
    const { table, postings, vocabulary, tokens } = index;
    const files: Record<string, FileCheck> = {};
    files[INDEX_FILE] = await writeFile(join(dir, INDEX_FILE), (w) =>
      writeSections(w, [...table.sections(), ...vocabulary.sections(), ...tokens.sections(), ...postings.sections()], pause),
    );
    const meta: Meta = {
      format: INDEX_FORMAT,
      resolution: RESOLUTION,
      fingerprint,
      paragraphs: table.count,
      terms: vocabulary.size,
      builtAt: new Date().toISOString(),
      files,
    };
    await writeFile(join(dir, META), (w) => w.write(JSON.stringify(meta, null, 2)));
    await fsyncDirectory(dir);

    // Swap: move the current index aside, move the new one in, then drop the old one.
    const final = join(cacheDir, INDEX_DIR);
    const old = join(cacheDir, `${INDEX_DIR}.old-${suffix()}`);
    await rename(final, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(dir, final);
    await fsyncDirectory(cacheDir);
    await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Removes temp and old directories left by a crash mid-save. */
export async function removeLeftovers(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => LEFTOVER.test(n)).map((n) => rm(join(cacheDir, n), { recursive: true, force: true })));
}

/** Loads the saved index if it is whole and was built from the same corpus; says why not otherwise. */
export async function loadIndex(cacheDir: string, fingerprint: string, pause: () => Promise<void>): Promise<LoadResult> {
  const dir = join(cacheDir, INDEX_DIR);
  let raw: string;
  try {
    raw = await readFile(join(dir, META), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'no saved index' };
    return { ok: false, reason: `cannot read ${join(dir, META)}: ${(e as Error).message}` };
  }
  try {
    const meta = checkMeta(JSON.parse(raw));
    if (meta.format !== INDEX_FORMAT || meta.resolution !== RESOLUTION) {
      return { ok: false, reason: `saved index has format ${meta.format}/${meta.resolution}, this version uses ${INDEX_FORMAT}/${RESOLUTION}` };
    }
    if (meta.fingerprint !== fingerprint) return { ok: false, reason: 'the corpus changed since the index was saved' };

    const sections = readSections(await readChecked(join(dir, INDEX_FILE), fileCheck(meta, INDEX_FILE), pause));
    const table = ParagraphTable.fromSections(sections, meta.paragraphs);
    const tokens = TokenStore.fromSections(sections, table.count, meta.terms);
    const postings = PostingIndex.fromSections(sections, table.count, meta.terms);
    const vocabulary = Vocabulary.fromSections(sections, postings.docFreqs());
    return { ok: true, table, postings, vocabulary, tokens };
  } catch (e) {
    return { ok: false, reason: `the saved index in ${dir} is damaged (${(e as Error).message})` };
  }
}

function checkMeta(v: unknown): Meta {
  const m = v as Partial<Meta> | null;
  const ok =
    !!m &&
    typeof m.format === 'number' &&
    typeof m.resolution === 'number' &&
    typeof m.fingerprint === 'string' &&
    Number.isInteger(m.paragraphs) &&
    Number.isInteger(m.terms) &&
    typeof m.files === 'object' &&
    m.files !== null;
  if (!ok) throw new Error(`${META} is missing fields`);
  return m as Meta;
}

function fileCheck(meta: Meta, name: string): FileCheck {
  const c = meta.files[name];
  if (!c || !Number.isInteger(c.bytes) || typeof c.sha256 !== 'string') throw new Error(`${META} does not describe ${name}`);
  return c;
}
