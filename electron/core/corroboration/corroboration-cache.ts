import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { LinkState } from './link-table';
import type { SourceEntry } from './signature-table';

// One binary file: "DSCR", format version, header length, a JSON header, then the typed arrays
// back to back (little-endian, as every platform Dossier ships on). JSON for 200,000 paragraphs'
// band keys would be ~100 MB and slow to parse; the arrays load with a copy.

const MAGIC = 'DSCR';
const FORMAT = 2;
const PREFIX = 12;

interface Header {
  paramsKey: string;
  fingerprint: string;
  bands: number;
  sources: SourceEntry[];
  rows: number;
  units: number;
  terms: number;
  links: number;
  stop: number;
  /** sha-256 of the body: a torn or altered file is caught before it is used. */
  sha256: string;
}

type Section = Int32Array | Float32Array | Uint8Array;

function sections(s: LinkState): Section[] {
  const t = s.table;
  return [t.paragraphN, t.unitStart, t.bandKeys, t.termStart, t.terms, s.claimOf, s.hashStop, s.links.a, s.links.b, s.links.score, s.links.kind];
}

const bytesOf = (x: Section): Buffer => Buffer.from(x.buffer, x.byteOffset, x.byteLength);

/** Writes to a temp file, fsyncs it, renames it over `file` and fsyncs the directory. */
export async function writeCache(file: string, state: LinkState): Promise<void> {
  const body = sections(state).map(bytesOf);
  const sha = createHash('sha256');
  for (const b of body) sha.update(b);
  const header: Header = {
    paramsKey: state.paramsKey,
    fingerprint: state.fingerprint,
    bands: state.table.bands,
    sources: state.table.sources,
    rows: state.table.paragraphN.length,
    units: state.table.bandKeys.length / state.table.bands,
    terms: state.table.terms.length,
    links: state.links.a.length,
    stop: state.hashStop.length,
    sha256: sha.digest('hex'),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(FORMAT, 4);
  prefix.writeUInt32LE(json.length, 8);
  const pad = Buffer.alloc((8 - ((PREFIX + json.length) % 8)) % 8);
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(tmp, 'w');
  try {
    for (const chunk of [prefix, json, pad, ...body]) await handle.write(chunk);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export type CacheRead = { ok: true; state: LinkState } | { ok: false; reason: string };

/** Reads a cache file; anything missing, torn or inconsistent is a reason, never a throw. */
export async function readCache(file: string): Promise<CacheRead> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no cache yet' : `cannot read ${file}: ${(e as Error).message}` };
  }
  try {
    return { ok: true, state: parse(buf) };
  } catch (e) {
    return { ok: false, reason: `${file} is unusable (${(e as Error).message})` };
  }
}

function parse(buf: Buffer): LinkState {
  if (buf.length < PREFIX || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a corroboration cache');
  if (buf.readUInt32LE(4) !== FORMAT) throw new Error(`format ${buf.readUInt32LE(4)}, expected ${FORMAT}`);
  const jsonLength = buf.readUInt32LE(8);
  if (PREFIX + jsonLength > buf.length) throw new Error('truncated header');
  const h = JSON.parse(buf.toString('utf8', PREFIX, PREFIX + jsonLength)) as Header;
  let at = PREFIX + jsonLength;
  at += (8 - (at % 8)) % 8;
  const sizes = [h.rows, h.rows + 1, h.units * h.bands, h.rows + 1, h.terms, h.rows, h.stop, h.links, h.links, h.links, h.links];
  const kinds = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Float32Array, Uint8Array] as const;
  const expected = sizes.reduce((n, size, i) => n + size * (kinds[i] as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT, 0);
  if (buf.length - at !== expected) throw new Error(`body is ${buf.length - at} bytes, expected ${expected}`);
  if (createHash('sha256').update(buf.subarray(at)).digest('hex') !== h.sha256) throw new Error('checksum mismatch');
  const out = sizes.map((size, i) => {
    const Kind = kinds[i] as Int32ArrayConstructor | Float32ArrayConstructor | Uint8ArrayConstructor;
    const bytes = size * Kind.BYTES_PER_ELEMENT;
    // A copy into a fresh, aligned buffer: typed arrays need offsets that are multiples of 4.
    const aligned = new Uint8Array(bytes);
    aligned.set(buf.subarray(at, at + bytes));
    const arr = new Kind(aligned.buffer);
    at += bytes;
    return arr;
  });
  const [paragraphN, unitStart, bandKeys, termStart, terms, claimOf, hashStop, a, b, score, kind] = out as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Float32Array, Uint8Array,
  ];
  return {
    paramsKey: h.paramsKey,
    fingerprint: h.fingerprint,
    table: { bands: h.bands, sources: h.sources, paragraphN, unitStart, bandKeys, termStart, terms },
    links: { a, b, score, kind },
    claimOf,
    hashStop,
  };
}
