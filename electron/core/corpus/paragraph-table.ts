import { PARAGRAPH_KINDS, type ParagraphKind } from '../../shared/types';

/** Bytes of a paragraph hash (16 hex characters). */
export const HASH_BYTES = 8;
const HEX_HASH = /^[0-9a-f]{16}$/;

/**
 * Every paragraph of a corpus in a few flat arrays instead of 200,000 objects: one UTF-8 buffer
 * of the texts back to back, offsets into it, hash bytes and kind codes. It is what the corpus
 * cache file holds, so a warm start loads it with one read; a paragraph's text is decoded only
 * when someone asks for it.
 */
export interface ParagraphTable {
  /** Paragraph s of the corpus's sources begins at sourceStart[s]; length sources + 1. */
  readonly sourceStart: Uint32Array;
  /** Paragraph i's text is text[textStart[i] .. textStart[i + 1]); length paragraphs + 1. */
  readonly textStart: Uint32Array;
  readonly hashes: Buffer;
  /** Index into PARAGRAPH_KINDS. */
  readonly kinds: Uint8Array;
  readonly text: Buffer;
}

export const tableParagraphCount = (t: ParagraphTable): number => t.kinds.length;
export const tableSourceCount = (t: ParagraphTable): number => t.sourceStart.length - 1;

export function paragraphText(t: ParagraphTable, i: number): string {
  return t.text.toString('utf8', t.textStart[i], t.textStart[i + 1]);
}

export function paragraphHash(t: ParagraphTable, i: number): string {
  return t.hashes.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES);
}

export function paragraphKind(t: ParagraphTable, i: number): ParagraphKind {
  return PARAGRAPH_KINDS[t.kinds[i] ?? 0] ?? 'body';
}

/** One source's paragraphs, as parsed from its file. */
export interface ParsedParagraphs {
  texts: readonly string[];
  hashes: readonly string[];
  kinds: readonly ParagraphKind[];
}

type Part = { table: ParagraphTable; source: number } | { parsed: ParsedParagraphs };

/**
 * Builds a table source by source, each either copied from another table (a cached article that
 * did not change) or freshly parsed.
 */
export class ParagraphTableBuilder {
  private readonly parts: Part[] = [];
  private paragraphs = 0;
  private textBytes = 0;

  addParsed(parsed: ParsedParagraphs): void {
    const n = parsed.texts.length;
    if (parsed.hashes.length !== n || parsed.kinds.length !== n) throw new RangeError('texts, hashes and kinds must have the same length');
    parsed.hashes.forEach((h, i) => {
      if (!HEX_HASH.test(h)) throw new RangeError(`paragraph ${i + 1}: hash "${h}" is not 16 lowercase hex characters (hashText)`);
    });
    parsed.kinds.forEach((k, i) => {
      if (!PARAGRAPH_KINDS.includes(k)) throw new RangeError(`paragraph ${i + 1}: "${k}" is not a paragraph kind`);
    });
    // Only the length now: the text is encoded once, straight into the table (200,000 small buffers would double the peak).
    for (const t of parsed.texts) this.textBytes += Buffer.byteLength(t, 'utf8');
    this.paragraphs += n;
    this.parts.push({ parsed });
  }

  addFromTable(table: ParagraphTable, source: number): void {
    const from = table.sourceStart[source] ?? 0;
    const to = table.sourceStart[source + 1] ?? 0;
    this.paragraphs += to - from;
    this.textBytes += (table.textStart[to] ?? 0) - (table.textStart[from] ?? 0);
    this.parts.push({ table, source });
  }

  build(): ParagraphTable {
    if (this.textBytes > 0xffffffff) throw new RangeError('The corpus text is larger than 4 GB.');
    const sourceStart = new Uint32Array(this.parts.length + 1);
    const textStart = new Uint32Array(this.paragraphs + 1);
    const hashes = Buffer.alloc(this.paragraphs * HASH_BYTES);
    const kinds = new Uint8Array(this.paragraphs);
    const text = Buffer.allocUnsafe(this.textBytes);
    let p = 0;
    let at = 0;
    this.parts.forEach((part, s) => {
      sourceStart[s] = p;
      if ('table' in part) {
        const { table, source } = part;
        const from = table.sourceStart[source] ?? 0;
        const to = table.sourceStart[source + 1] ?? 0;
        const base = table.textStart[from] ?? 0;
        for (let i = from; i < to; i++) textStart[p + i - from] = at + (table.textStart[i] ?? 0) - base;
        hashes.set(table.hashes.subarray(from * HASH_BYTES, to * HASH_BYTES), p * HASH_BYTES);
        kinds.set(table.kinds.subarray(from, to), p);
        at += table.text.copy(text, at, base, table.textStart[to]);
        p += to - from;
      } else {
        part.parsed.texts.forEach((t, i) => {
          textStart[p] = at;
          at += text.write(t, at, 'utf8');
          hashes.write(part.parsed.hashes[i] as string, p * HASH_BYTES, HASH_BYTES, 'hex');
          kinds[p] = PARAGRAPH_KINDS.indexOf(part.parsed.kinds[i] as ParagraphKind);
          p++;
        });
      }
    });
    sourceStart[this.parts.length] = p;
    textStart[p] = at;
    return { sourceStart, textStart, hashes, kinds, text };
  }
}
