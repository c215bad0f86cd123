// The persisted index: `<cacheDir>/search-index/` holds FlexSearch's export (one chunk per line,
// `<key>\t<json>`), the paragraph table and a meta file with the corpus fingerprint, the format
// version and each file's size and sha-256. It is written in a temp directory and renamed into
// place, so a crash leaves the old index, no index, or the new one: never half of one.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CheckedFileWriter, type FileCheck, fsyncDirectory, readChecked } from './checked-file';
import { ParagraphTable } from './paragraph-table';
import { checkChunk, RESOLUTION, TermIndex } from './term-index';
import { Vocabulary } from './vocabulary';

/** Bump when the tokenizer, the scoring slots or the file layout change: old caches get rebuilt. */
export const INDEX_FORMAT = 1;
export const INDEX_DIR = 'search-index';
const META = 'meta.json';
const TERMS = 'terms.tsv';
const TABLE = 'paragraphs.json';
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
  terms: TermIndex;
  vocabulary: Vocabulary;
}

export type LoadResult = ({ ok: true } & LoadedIndex) | { ok: false; reason: string };

const suffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

/** Writes a new index next to the current one and swaps it in on `commit`. */
export class IndexWriter {
  private constructor(
    private readonly cacheDir: string,
    private readonly dir: string,
    private readonly terms: CheckedFileWriter,
  ) {}

  static async create(cacheDir: string): Promise<IndexWriter> {
    await mkdir(cacheDir, { recursive: true });
    const dir = join(cacheDir, `${INDEX_DIR}.tmp-${suffix()}`);
    await mkdir(dir);
    try {
      return new IndexWriter(cacheDir, dir, await CheckedFileWriter.create(join(dir, TERMS)));
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
  }

  /** One FlexSearch export chunk; JSON never holds a raw tab or newline, so lines stay whole. */
  writeChunk(key: string, json: string): Promise<void> {
    return this.terms.write(`${key}\t${json}\n`);
  }

  async commit(fingerprint: string, table: ParagraphTable, termCount: number): Promise<void> {
    try {
      const files: Record<string, FileCheck> = { [TERMS]: await this.terms.close() };
      files[TABLE] = await writeWhole(join(this.dir, TABLE), JSON.stringify(table.toJSON()));
      const meta: Meta = {
        format: INDEX_FORMAT,
        resolution: RESOLUTION,
        fingerprint,
        paragraphs: table.count,
        terms: termCount,
        builtAt: new Date().toISOString(),
        files,
      };
      await writeWhole(join(this.dir, META), JSON.stringify(meta, null, 2));
      await fsyncDirectory(this.dir);
      const final = join(this.cacheDir, INDEX_DIR);
      const old = join(this.cacheDir, `${INDEX_DIR}.old-${suffix()}`);
      await rename(final, old).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await rename(this.dir, final);
      await fsyncDirectory(this.cacheDir);
      await rm(old, { recursive: true, force: true });
    } catch (e) {
      await this.discard();
      throw e;
    }
  }

  async discard(): Promise<void> {
    await this.terms.abandon();
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function writeWhole(path: string, text: string): Promise<FileCheck> {
  const w = await CheckedFileWriter.create(path);
  try {
    await w.write(text);
  } catch (e) {
    await w.abandon();
    throw e;
  }
  return w.close();
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

    const table = ParagraphTable.fromJSON(JSON.parse((await readChecked(join(dir, TABLE), fileCheck(meta, TABLE), pause)).toString('utf8')), meta.paragraphs);
    table.rank();
    const terms = new TermIndex();
    const vocabulary: [string, number][] = [];
    const buf = await readChecked(join(dir, TERMS), fileCheck(meta, TERMS), pause);
    for (let at = 0; at < buf.length; ) {
      const nl = buf.indexOf(10, at);
      const tab = buf.indexOf(9, at);
      if (nl < 0 || tab < 0 || tab > nl) throw new Error(`${TERMS} has a malformed line at byte ${at}`);
      const key = buf.toString('utf8', at, tab);
      const data: unknown = JSON.parse(buf.toString('utf8', tab + 1, nl));
      for (const entry of checkChunk(key, data, meta.paragraphs)) vocabulary.push(entry);
      terms.import(key, data as unknown[]);
      at = nl + 1;
      await pause();
    }
    if (vocabulary.length !== meta.terms) throw new Error(`${TERMS} has ${vocabulary.length} terms, expected ${meta.terms}`);
    return { ok: true, table, terms, vocabulary: Vocabulary.from(vocabulary) };
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
