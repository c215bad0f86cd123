import type { Paragraph, SourceMeta } from '../../shared/types';
import { HASH_BYTES, ParagraphTableBuilder, paragraphHash, paragraphKind, paragraphText, tableSourceCount, type ParagraphTable } from './paragraph-table';

export interface CorpusSource {
  meta: SourceMeta;
  paragraphs: Paragraph[];
}

/** A corpus already packed into a table (the corpus cache's form): sources[s] owns the table's source s. */
export interface PackedSources {
  metas: readonly SourceMeta[];
  table: ParagraphTable;
}

const HEX = '0123456789abcdef';

/** `<sourceId>:p<n>` → [sourceId, n], or undefined for anything else (n has no leading zero). */
function splitParagraphId(id: string): [string, number] | undefined {
  const at = id.lastIndexOf(':p');
  if (at <= 0 || at + 2 >= id.length) return undefined;
  // By hand rather than a regex: re-anchoring checks every stored reference at each start.
  let n = 0;
  for (let k = at + 2; k < id.length; k++) {
    const digit = id.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9 || (n === 0 && digit === 0)) return undefined;
    n = n * 10 + digit;
  }
  return [id.slice(0, at), n];
}

/**
 * The loaded, read-only corpus. The paragraphs live in a ParagraphTable; a source's paragraph
 * objects are made the first time someone asks for that source and then kept, so a start-up
 * that shows a list and one article does not build 200,000 objects. Sources, paragraphs and each
 * source's paragraph array are frozen and shared by every caller: copy before changing anything
 * (a write throws instead of silently altering what every other view of the corpus sees).
 */
export class Corpus {
  readonly sources: readonly SourceMeta[];
  readonly paragraphCount: number;
  private readonly table: ParagraphTable;
  private readonly indexOf = new Map<string, number>();
  private readonly made: (Paragraph[] | undefined)[];
  private readonly handles: (CorpusSource | undefined)[];
  /**
   * Built on first use: it is only needed when a stored reference no longer matches its
   * paragraph. A hash held by one paragraph (nearly all of them) maps to its index directly.
   */
  private byHash: Map<string, number | number[]> | null = null;

  constructor(
    /** Absolute path of the corpus directory. */
    readonly dir: string,
    /** sha-256 (hex) that changes whenever any article text, the manifest or the kind heuristics change. */
    readonly fingerprint: string,
    entries: readonly CorpusSource[] | PackedSources,
  ) {
    if ('table' in entries) {
      if (entries.metas.length !== tableSourceCount(entries.table)) {
        throw new RangeError(`${entries.metas.length} sources but the paragraph table holds ${tableSourceCount(entries.table)}`);
      }
      this.table = entries.table;
      this.sources = Object.freeze(entries.metas.map((m) => Object.freeze(m)));
      this.made = new Array<Paragraph[] | undefined>(this.sources.length);
    } else {
      const builder = new ParagraphTableBuilder();
      for (const e of entries) {
        builder.addParsed({ texts: e.paragraphs.map((p) => p.text), hashes: e.paragraphs.map((p) => p.hash), kinds: e.paragraphs.map((p) => p.kind) });
      }
      this.table = builder.build();
      this.sources = Object.freeze(entries.map((e) => Object.freeze(e.meta)));
      // The caller's objects are kept (frozen), as they were handed in.
      this.made = entries.map((e) => {
        for (const p of e.paragraphs) Object.freeze(p);
        return Object.freeze(e.paragraphs) as Paragraph[];
      });
    }
    this.sources.forEach((m, s) => this.indexOf.set(m.id, s));
    this.handles = new Array<CorpusSource | undefined>(this.sources.length);
    this.paragraphCount = this.table.kinds.length;
  }

  getSource(id: string): CorpusSource | undefined {
    const s = this.indexOf.get(id);
    if (s === undefined) return undefined;
    let handle = this.handles[s];
    if (!handle) {
      const meta = this.sources[s] as SourceMeta;
      const paragraphsOf = (): Paragraph[] => this.paragraphsOf(s);
      handle = Object.freeze({
        meta,
        get paragraphs() {
          return paragraphsOf();
        },
      });
      this.handles[s] = handle;
    }
    return handle;
  }

  /** How many paragraphs the source has, without making its paragraph objects. */
  sourceParagraphCount(id: string): number | undefined {
    const s = this.indexOf.get(id);
    return s === undefined ? undefined : (this.table.sourceStart[s + 1] ?? 0) - (this.table.sourceStart[s] ?? 0);
  }

  /** Looks up `<sourceId>:p<n>` without a per-paragraph index: n is the position in the source. */
  getParagraph(id: string): Paragraph | undefined {
    const at = this.locate(id);
    return at && this.paragraphsOf(at[0])[at[1]];
  }

  /** The text hash of `<sourceId>:p<n>`, read from the table (no paragraph object is made). */
  hashOf(id: string): string | undefined {
    const at = this.locate(id);
    return at && paragraphHash(this.table, (this.table.sourceStart[at[0]] ?? 0) + at[1]);
  }

  /** Whether `<sourceId>:p<n>` exists and has this text hash: compared in the table, with nothing made. */
  hasHash(id: string, hash: string): boolean {
    const at = this.locate(id);
    if (!at || hash.length !== HASH_BYTES * 2) return false;
    const base = ((this.table.sourceStart[at[0]] ?? 0) + at[1]) * HASH_BYTES;
    const bytes = this.table.hashes;
    for (let k = 0; k < HASH_BYTES; k++) {
      const b = bytes[base + k] ?? 0;
      if (hash.charCodeAt(2 * k) !== HEX.charCodeAt(b >> 4) || hash.charCodeAt(2 * k + 1) !== HEX.charCodeAt(b & 15)) return false;
    }
    return true;
  }

  /** Every paragraph with this text hash, in corpus order (a new array); used to re-anchor references. */
  paragraphsByHash(hash: string): Paragraph[] {
    this.byHash ??= this.indexByHash();
    const found = this.byHash.get(hash);
    if (found === undefined) return [];
    return (Array.isArray(found) ? found : [found]).map((i) => this.paragraphAt(i));
  }

  *allParagraphs(): Iterable<Paragraph> {
    // Sources nobody asked for are made for the walk and dropped, so a full walk (building the
    // search index) does not keep a second copy of the corpus.
    for (let s = 0; s < this.sources.length; s++) yield* this.made[s] ?? this.makeParagraphs(s);
  }

  /** [source index, paragraph offset in it], or undefined. */
  private locate(id: string): [number, number] | undefined {
    const parts = splitParagraphId(id);
    if (!parts) return undefined;
    const s = this.indexOf.get(parts[0]);
    if (s === undefined) return undefined;
    const count = (this.table.sourceStart[s + 1] ?? 0) - (this.table.sourceStart[s] ?? 0);
    return parts[1] <= count ? [s, parts[1] - 1] : undefined;
  }

  private paragraphsOf(s: number): Paragraph[] {
    let made = this.made[s];
    if (!made) {
      made = this.makeParagraphs(s);
      this.made[s] = made;
    }
    return made;
  }

  private makeParagraphs(s: number): Paragraph[] {
    const t = this.table;
    const sourceId = (this.sources[s] as SourceMeta).id;
    const from = t.sourceStart[s] ?? 0;
    const to = t.sourceStart[s + 1] ?? 0;
    const out: Paragraph[] = [];
    for (let i = from; i < to; i++) {
      const n = i - from + 1;
      out.push(Object.freeze({ id: `${sourceId}:p${n}`, sourceId, n, text: paragraphText(t, i), hash: paragraphHash(t, i), kind: paragraphKind(t, i) }));
    }
    return Object.freeze(out) as Paragraph[];
  }

  /** The paragraph at a corpus-wide index (binary search over the sources' starts). */
  private paragraphAt(i: number): Paragraph {
    const starts = this.table.sourceStart;
    let lo = 0;
    let hi = this.sources.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.paragraphsOf(lo)[i - (starts[lo] ?? 0)] as Paragraph;
  }

  private indexByHash(): Map<string, number | number[]> {
    const index = new Map<string, number | number[]>();
    for (let i = 0; i < this.paragraphCount; i++) {
      const h = paragraphHash(this.table, i);
      const found = index.get(h);
      if (found === undefined) index.set(h, i);
      else if (Array.isArray(found)) found.push(i);
      else index.set(h, [found, i]);
    }
    return index;
  }
}
