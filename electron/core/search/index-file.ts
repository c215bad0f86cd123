// The persisted index as one binary file of named typed-array sections, read with a single read
// and used in place: every section is a view of the file's buffer, nothing is parsed or copied.
// Layout (host byte order; read back on another byte order the magic does not match):
//   magic, section count, then per section: name (4 ASCII chars as a uint32), element width in
//   bytes (1, 2 or 4), element count, 0; then the sections, each starting on an 8-byte boundary.
import type { CheckedFileWriter } from './checked-file';

export type Section = Uint8Array | Uint16Array | Uint32Array;

const MAGIC = 0x58444931; // "XDI1"
const ALIGN = 8;

const nameCode = (name: string): number => {
  if (!/^[A-Z0-9]{4}$/.test(name)) throw new Error(`section name "${name}" is not 4 capitals or digits`);
  return Buffer.from(name, 'latin1').readUInt32LE(0);
};
const padTo = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
const bytesOf = (a: Section) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes the sections in the given order, awaiting `pause` (which may throw to stop) after each. */
export async function writeSections(
  w: CheckedFileWriter,
  sections: readonly (readonly [string, Section])[],
  pause: () => Promise<void> = async () => {},
): Promise<void> {
  const header = new Uint32Array(2 + 4 * sections.length);
  header[0] = MAGIC;
  header[1] = sections.length;
  sections.forEach(([name, data], i) => {
    header.set([nameCode(name), data.BYTES_PER_ELEMENT, data.length, 0], 2 + 4 * i);
  });
  let at = 0;
  const put = async (bytes: Uint8Array) => {
    const pad = padTo(at) - at;
    if (pad > 0) await w.write(new Uint8Array(pad));
    await w.write(bytes);
    at += pad + bytes.length;
  };
  await put(bytesOf(header));
  for (const [, data] of sections) {
    await put(bytesOf(data));
    await pause();
  }
}

/** The sections of a file written by `writeSections`, as views of `buf`. Throws on anything malformed. */
export function readSections(buf: Buffer): Map<string, Section> {
  const aligned = buf.byteOffset % ALIGN === 0 ? buf : Buffer.from(buf);
  const word = (i: number) => (8 + 4 * i <= aligned.length ? new Uint32Array(aligned.buffer, aligned.byteOffset + 4 * i, 1)[0] : undefined);
  if (word(0) !== MAGIC) throw new Error('index file has a bad header');
  const count = word(1) as number;
  if (count > 64 || 8 + 16 * count > aligned.length) throw new Error('index file has a bad section table');
  const out = new Map<string, Section>();
  let at = padTo(8 + 16 * count);
  for (let i = 0; i < count; i++) {
    const code = word(2 + 4 * i) as number;
    const width = word(3 + 4 * i) as number;
    const length = word(4 + 4 * i) as number;
    const name = Buffer.from(Uint32Array.of(code).buffer).toString('latin1');
    at = padTo(at);
    if (at + width * length > aligned.length) throw new Error(`index file ends inside section ${name}`);
    const offset = aligned.byteOffset + at;
    if (width === 1) out.set(name, new Uint8Array(aligned.buffer, offset, length));
    else if (width === 2) out.set(name, new Uint16Array(aligned.buffer, offset, length));
    else if (width === 4) out.set(name, new Uint32Array(aligned.buffer, offset, length));
    else throw new Error(`section ${name} has elements of ${width} bytes`);
    at += width * length;
  }
  if (at !== aligned.length) throw new Error('index file runs past its last section');
  return out;
}

/** A section that must exist, with elements of one of the allowed widths. */
export function section(sections: Map<string, Section>, name: string, widths: readonly number[] = [4]): Section {
  const s = sections.get(name);
  if (!s) throw new Error(`index file has no section ${name}`);
  if (!widths.includes(s.BYTES_PER_ELEMENT)) throw new Error(`section ${name} has elements of ${s.BYTES_PER_ELEMENT} bytes`);
  return s;
}

export const uint32Section = (sections: Map<string, Section>, name: string) => section(sections, name) as Uint32Array;

/** A list of strings as two sections: UTF-8 bytes, and offsets[i]..offsets[i + 1] per string. */
export function encodeStrings(list: readonly string[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const parts = list.map((s) => Buffer.from(s, 'utf8'));
  const offsets = new Uint32Array(list.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = (offsets[i] as number) + p.length));
  const bytes = new Uint8Array(offsets[list.length] as number);
  parts.forEach((p, i) => bytes.set(p, offsets[i] as number));
  return { offsets, bytes };
}

export function decodeStrings(offsets: Uint32Array, bytes: Uint8Array): string[] {
  if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== bytes.length) throw new Error('string offsets do not cover the bytes');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<string>(offsets.length - 1);
  for (let i = 0; i + 1 < offsets.length; i++) {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (to < from) throw new Error('string offsets go backwards');
    out[i] = buf.toString('utf8', from, to);
  }
  return out;
}
