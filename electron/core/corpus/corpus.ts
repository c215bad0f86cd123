import type { Paragraph, SourceMeta } from '../../shared/types';

export interface CorpusSource {
  meta: SourceMeta;
  paragraphs: Paragraph[];
}

/**
 * The loaded, read-only corpus. Sources, paragraphs and each source's paragraph array are frozen
 * and shared by every caller: copy before changing anything (a write throws instead of silently
 * altering what every other view of the corpus sees).
 */
export class Corpus {
  readonly sources: readonly SourceMeta[];
  readonly paragraphCount: number;
  private readonly bySource = new Map<string, CorpusSource>();
  /**
   * Built on first use: it is only needed when a stored reference no longer matches its
   * paragraph, and 200,000 entries would otherwise add to every start-up. A hash held by one
   * paragraph (nearly all of them) maps to it directly, to save an array per paragraph.
   */
  private byHash: Map<string, Paragraph | Paragraph[]> | null = null;

  constructor(
    /** Absolute path of the corpus directory. */
    readonly dir: string,
    /** sha-256 (hex) that changes whenever any article text, the manifest or the kind heuristics change. */
    readonly fingerprint: string,
    entries: readonly CorpusSource[],
  ) {
    let count = 0;
    for (const entry of entries) {
      for (const p of entry.paragraphs) Object.freeze(p);
      count += entry.paragraphs.length;
      this.bySource.set(entry.meta.id, Object.freeze({ meta: Object.freeze(entry.meta), paragraphs: Object.freeze(entry.paragraphs) as Paragraph[] }));
    }
    this.paragraphCount = count;
    this.sources = Object.freeze(entries.map((e) => e.meta));
  }

  getSource(id: string): CorpusSource | undefined {
    return this.bySource.get(id);
  }

  /** Looks up `<sourceId>:p<n>` without a per-paragraph index: n is the position in the source. */
  getParagraph(id: string): Paragraph | undefined {
    const at = id.lastIndexOf(':p');
    if (at <= 0) return undefined;
    const digits = id.slice(at + 2);
    if (!/^[1-9]\d*$/.test(digits)) return undefined;
    return this.bySource.get(id.slice(0, at))?.paragraphs[Number(digits) - 1];
  }

  /** Every paragraph with this text hash, in corpus order (a new array); used to re-anchor references. */
  paragraphsByHash(hash: string): Paragraph[] {
    this.byHash ??= this.indexByHash();
    const found = this.byHash.get(hash);
    if (found === undefined) return [];
    return Array.isArray(found) ? [...found] : [found];
  }

  private indexByHash(): Map<string, Paragraph | Paragraph[]> {
    const index = new Map<string, Paragraph | Paragraph[]>();
    for (const p of this.allParagraphs()) {
      const found = index.get(p.hash);
      if (found === undefined) index.set(p.hash, p);
      else if (Array.isArray(found)) found.push(p);
      else index.set(p.hash, [found, p]);
    }
    return index;
  }

  *allParagraphs(): Iterable<Paragraph> {
    for (const { paragraphs } of this.bySource.values()) yield* paragraphs;
  }
}
