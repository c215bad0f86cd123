// The corpus cache's bytes: a fixed header, then flat sections (each 8-byte aligned so typed
// arrays can view the file's buffer without copying), then a sha-256 of everything before it.
// Decoding checks the layout against the file's length; the checksum catches the rest.
import { createHash, webcrypto } from 'node:crypto';
import { HASH_BYTES, type ParagraphTable } from './paragraph-table';

const MAGIC = 'DOSSCORP';
/** Bump when the layout changes, or when what validation skipped for a cached manifest changes. */
export const CACHE_FORMAT_VERSION = 1;
const HEADER_BYTES = 48;
const DIGEST_BYTES = 32;
/** size, mtimeMs, ctimeMs, ino */
export const STAT_FIELDS = 4;

export interface CorpusCacheContents {
  /** PARAGRAPH_RULES_VERSION of the loader that wrote it. */
  rules: number;
  /** Absolute corpus directory it was built from: a cache copied from elsewhere is foreign. */
  corpusDir: string;
  /** sha-256 (hex) of the manifest bytes it was built from, which passed validation then. */
  manifestDigest: string;
  /** Per article: `file\0title\0author\0kinds` (what its paragraphs were made from). */
  keys: string[];
  /** Per article, STAT_FIELDS numbers: the file's identity when it was read. */
  stats: Float64Array;
  /** Per article, the sha-256 of the file's bytes (DIGEST_BYTES each). */
  digests: Uint8Array;
  /** Table source e is article e. */
  table: ParagraphTable;
}

const pad8 = (n: number): number => (n + 7) & ~7;

interface Layout {
  articles: number;
  paragraphs: number;
  dirBytes: number;
  keysBytes: number;
  textBytes: number;
}

/** Byte length of each section, in file order. */
const sections = (l: Layout): number[] => [
  DIGEST_BYTES, // manifest digest
  l.dirBytes,
  l.articles * STAT_FIELDS * 8,
  l.articles * DIGEST_BYTES,
  (l.articles + 1) * 4, // key starts
  l.keysBytes,
  (l.articles + 1) * 4, // source starts
  (l.paragraphs + 1) * 4, // text starts
  l.paragraphs * HASH_BYTES,
  l.paragraphs, // kinds
  l.textBytes,
];

const fileLength = (l: Layout): number => HEADER_BYTES + sections(l).reduce((sum, n) => sum + pad8(n), 0) + DIGEST_BYTES;

const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** The file as chunks to write in order (the last one is the checksum). */
export function encodeCorpusCache(c: CorpusCacheContents): Buffer[] {
  const dir = Buffer.from(c.corpusDir, 'utf8');
  const keyBytes = c.keys.map((k) => Buffer.from(k, 'utf8'));
  const keyStart = new Uint32Array(c.keys.length + 1);
  keyBytes.forEach((b, i) => (keyStart[i + 1] = (keyStart[i] ?? 0) + b.length));
  const layout: Layout = {
    articles: c.keys.length,
    paragraphs: c.table.kinds.length,
    dirBytes: dir.length,
    keysBytes: keyStart[c.keys.length] ?? 0,
    textBytes: c.table.text.length,
  };
  if (fileLength(layout) > 0xffffffff) throw new RangeError('The corpus is too large to cache.');
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  [CACHE_FORMAT_VERSION, c.rules, layout.articles, layout.paragraphs, layout.dirBytes, layout.keysBytes, layout.textBytes].forEach((v, i) =>
    header.writeUInt32LE(v, 8 + i * 4),
  );
  const body = [
    Buffer.from(c.manifestDigest, 'hex'),
    dir,
    bytesOf(c.stats),
    bytesOf(c.digests),
    bytesOf(keyStart),
    Buffer.concat(keyBytes),
    bytesOf(c.table.sourceStart),
    bytesOf(c.table.textStart),
    bytesOf(c.table.hashes),
    bytesOf(c.table.kinds),
    c.table.text,
  ];
  const chunks: Buffer[] = [header];
  const sum = createHash('sha256').update(header);
  for (const b of body) {
    const padded = pad8(b.length) === b.length ? [b] : [b, Buffer.alloc(pad8(b.length) - b.length)];
    for (const p of padded) {
      chunks.push(p);
      sum.update(p);
    }
  }
  chunks.push(sum.digest());
  return chunks;
}

/** Starts checking the trailing sha-256 off the main thread; resolves to whether it matches. */
export async function checksumMatches(bytes: Buffer): Promise<boolean> {
  if (bytes.length < HEADER_BYTES + DIGEST_BYTES) return false;
  const end = bytes.length - DIGEST_BYTES;
  const digest = Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes.subarray(0, end)));
  return digest.equals(bytes.subarray(end));
}

/** Thrown for a file that is not a whole corpus cache of this format. */
export class CacheFileProblem extends Error {}

/** Reads the layout and views the sections (no copy when the buffer is 8-byte aligned). The checksum is checked separately. */
export function decodeCorpusCache(file: Buffer): CorpusCacheContents {
  if (file.length < HEADER_BYTES || file.toString('latin1', 0, 8) !== MAGIC) throw new CacheFileProblem('not a corpus cache file');
  const u32 = (i: number) => file.readUInt32LE(8 + i * 4);
  if (u32(0) !== CACHE_FORMAT_VERSION) throw new CacheFileProblem(`cache format ${u32(0)}, expected ${CACHE_FORMAT_VERSION}`);
  const layout: Layout = { articles: u32(2), paragraphs: u32(3), dirBytes: u32(4), keysBytes: u32(5), textBytes: u32(6) };
  if (fileLength(layout) !== file.length) throw new CacheFileProblem(`${file.length} bytes, the header describes ${fileLength(layout)} (truncated?)`);
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
  const views: Buffer[] = [];
  let at = HEADER_BYTES;
  for (const n of sections(layout)) {
    views.push(bytes.subarray(at, at + n));
    at += pad8(n);
  }
  const view = (i: number): Buffer => views[i] as Buffer;
  const u32s = (b: Buffer) => new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
  const keyStart = u32s(view(4));
  const keyText = view(5);
  const table: ParagraphTable = { sourceStart: u32s(view(6)), textStart: u32s(view(7)), hashes: view(8), kinds: view(9), text: view(10) };
  checkOffsets(keyStart, keyText.length, 'key');
  checkOffsets(table.sourceStart, layout.paragraphs, 'source');
  checkOffsets(table.textStart, table.text.length, 'text');
  return {
    rules: u32(1),
    corpusDir: view(1).toString('utf8'),
    manifestDigest: view(0).toString('hex'),
    keys: Array.from({ length: layout.articles }, (_, i) => keyText.toString('utf8', keyStart[i], keyStart[i + 1])),
    stats: new Float64Array(view(2).buffer, view(2).byteOffset, layout.articles * STAT_FIELDS),
    digests: view(3),
    table,
  };
}

/** Offsets must start at 0, never go down, and end at the section's length. */
function checkOffsets(starts: Uint32Array, end: number, what: string): void {
  let previous = 0;
  for (const s of starts) {
    if (s < previous) throw new CacheFileProblem(`${what} offsets go backwards`);
    previous = s;
  }
  if (starts[0] !== 0 || previous !== end) throw new CacheFileProblem(`${what} offsets do not cover their section`);
}
