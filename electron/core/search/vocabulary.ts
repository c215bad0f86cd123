// Every indexed term, sorted, with how many paragraphs hold it. A term's id is its position in
// the sorted list, so the words a prefix expands to (`lavr` → lavrentiy, lavrov) are one id range,
// and the index needs no per-prefix entries.
import { decodeStrings, encodeStrings, type Section, section, uint32Section } from './index-file';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Prefix expansions remembered: typing repeats the same few prefixes keystroke after keystroke. */
const EXPANSION_CACHE = 256;

export class Vocabulary {
  private readonly expansions = new Map<string, number[]>();

  constructor(
    /** Strictly increasing by code unit. */
    private readonly words: readonly string[],
    private readonly docFreq: Uint32Array,
  ) {}

  get size(): number {
    return this.words.length;
  }

  term(id: number): string {
    return this.words[id] as string;
  }

  /** The id of `term`, or -1 when no paragraph holds it. */
  id(term: string): number {
    const at = this.lowerBound(term);
    return this.words[at] === term ? at : -1;
  }

  /** Ids [from, to) of the terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    // The terms with the prefix are the run that starts at `from`: find its end by bisection.
    let lo = from;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] as string).startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [from, lo];
  }

  /**
   * Ids of the terms that start with `prefix`: all, or the `max` most frequent (ties by spelling).
   * The list is shared between calls: read, never change.
   */
  expand(prefix: string, max: number): readonly number[] {
    const key = `${max}\u0000${prefix}`;
    let found = this.expansions.get(key);
    if (found) return found;
    const [from, to] = this.prefixRange(prefix);
    found = Array.from({ length: to - from }, (_, i) => from + i);
    if (found.length > max) {
      found.sort((a, b) => (this.docFreq[b] as number) - (this.docFreq[a] as number) || a - b);
      found.length = max;
    }
    if (this.expansions.size >= EXPANSION_CACHE) this.expansions.clear();
    this.expansions.set(key, found);
    return found;
  }

  sections(): [string, Section][] {
    const { offsets, bytes } = encodeStrings(this.words);
    return [
      ['VOCO', offsets],
      ['VOCB', bytes],
    ];
  }

  /** Throws on anything malformed, so a damaged cache is rebuilt rather than trusted. */
  static fromSections(sections: Map<string, Section>, docFreq: Uint32Array): Vocabulary {
    const words = decodeStrings(uint32Section(sections, 'VOCO'), section(sections, 'VOCB', [1]) as Uint8Array);
    if (words.length !== docFreq.length) throw new Error(`vocabulary has ${words.length} terms, the postings ${docFreq.length}`);
    for (let i = 0; i < words.length; i++) {
      if ((words[i] as string).length === 0) throw new Error(`vocabulary term ${i} is empty`);
      if (i > 0 && !((words[i] as string) > (words[i - 1] as string))) throw new Error(`vocabulary is not sorted at term ${i}`);
    }
    return new Vocabulary(words, docFreq);
  }

  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] as string) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Collects terms while paragraphs are indexed, numbering them in order of first sight. */
export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private docFreq = new Uint32Array(1024);
  /** The last doc counted for each term, so a term repeated in a paragraph counts once. */
  private lastDoc = new Int32Array(1024).fill(-1);

  /** The provisional id of one term of doc `doc` (see `finish`). */
  idOf(doc: number, term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(term, id);
      this.words.push(term);
      if (id === this.docFreq.length) this.grow();
    }
    if (this.lastDoc[id] !== doc) {
      this.lastDoc[id] = doc;
      this.docFreq[id] = (this.docFreq[id] as number) + 1;
    }
    return id;
  }

  /** Provisional ids for a doc's terms. */
  idsOf(doc: number, terms: readonly string[]): number[] {
    return terms.map((term) => this.idOf(doc, term));
  }

  /** The sorted vocabulary, and `remap[provisional id]` = final id. */
  finish(): { vocabulary: Vocabulary; remap: Uint32Array } {
    const order = Array.from(this.words.keys()).sort((a, b) => byCodeUnit(this.words[a] as string, this.words[b] as string));
    const remap = new Uint32Array(order.length);
    order.forEach((provisional, final) => (remap[provisional] = final));
    const vocabulary = new Vocabulary(
      order.map((i) => this.words[i] as string),
      Uint32Array.from(order, (i) => this.docFreq[i] as number),
    );
    return { vocabulary, remap };
  }

  private grow(): void {
    const df = new Uint32Array(this.docFreq.length * 2);
    df.set(this.docFreq);
    const last = new Int32Array(this.lastDoc.length * 2).fill(-1);
    last.set(this.lastDoc);
    this.docFreq = df;
    this.lastDoc = last;
  }
}
