// Every paragraph as its sequence of term ids: the forward index. Proximity ranking reads it
// instead of the paragraph text (far cheaper than folding text on every query), and the postings
// are built from it. Ids take 2 bytes each when the vocabulary has at most 65,536 terms, else 4.
import { type Section, section, uint32Section } from './index-file';

export type TermIds = Uint16Array | Uint32Array;

/** Tokens are stored this many to a chunk while building: no doubling copies of a huge array. */
const CHUNK_BITS = 20;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

export class TokenStore {
  constructor(
    /** offsets[d]..offsets[d + 1] is doc d's slice of ids. */
    readonly offsets: Uint32Array,
    readonly ids: TermIds,
  ) {}

  get docCount(): number {
    return this.offsets.length - 1;
  }

  length(doc: number): number {
    return (this.offsets[doc + 1] as number) - (this.offsets[doc] as number);
  }

  tokens(doc: number): TermIds {
    return this.ids.subarray(this.offsets[doc] as number, this.offsets[doc + 1] as number);
  }

  sections(): [string, Section][] {
    return [
      ['TOKO', this.offsets],
      ['TOKI', this.ids],
    ];
  }

  /** Throws on anything malformed, so a damaged cache is rebuilt rather than trusted. */
  static fromSections(sections: Map<string, Section>, docCount: number, vocabularySize: number): TokenStore {
    const offsets = uint32Section(sections, 'TOKO');
    const ids = section(sections, 'TOKI', [2, 4]) as TermIds;
    if (offsets.length !== docCount + 1 || offsets[0] !== 0 || offsets[docCount] !== ids.length) {
      throw new Error('token store offsets do not cover the tokens');
    }
    for (let d = 0; d < docCount; d++) if ((offsets[d] as number) > (offsets[d + 1] as number)) throw new Error('token store offsets go backwards');
    for (let i = 0; i < ids.length; i++) if ((ids[i] as number) >= vocabularySize) throw new Error('token store refers to an unknown term');
    return new TokenStore(offsets, ids);
  }
}

/**
 * Collects docs' provisional term ids in the order they come, then renumbers docs and terms. Ids
 * are kept in 2 bytes until one needs more (then every chunk is widened once): the build's peak
 * memory is mostly this copy of the corpus's tokens.
 */
export class TokenStoreBuilder {
  private offsets = new Uint32Array(1024);
  private chunks: TermIds[] = [];
  private wide = false;
  private docs = 0;
  private size = 0;

  /** Appends one token to the doc being added; `endDoc` closes it. */
  push(id: number): void {
    if (id > 0xffff && !this.wide) this.widen();
    const c = this.size >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(this.wide ? new Uint32Array(1 << CHUNK_BITS) : new Uint16Array(1 << CHUNK_BITS));
    (this.chunks[c] as TermIds)[this.size & CHUNK_MASK] = id;
    this.size++;
  }

  private widen(): void {
    this.wide = true;
    this.chunks = this.chunks.map((c) => Uint32Array.from(c));
  }

  endDoc(): void {
    if (this.docs + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[++this.docs] = this.size;
  }

  /** Appends a whole doc. */
  add(termIds: readonly number[]): void {
    for (const id of termIds) this.push(id);
    this.endDoc();
  }

  /**
   * The store with doc `order[d]` (as added) as doc d, and every id replaced by `remap[id]`.
   * `termCount` (the number of final ids) decides between 2- and 4-byte ids.
   */
  finish(remap: Uint32Array, order: Uint32Array, termCount: number): TokenStore {
    if (order.length !== this.docs) throw new Error(`order has ${order.length} docs, the store ${this.docs}`);
    const ids: TermIds = termCount <= 0x10000 ? new Uint16Array(this.size) : new Uint32Array(this.size);
    const offsets = new Uint32Array(this.docs + 1);
    const { chunks } = this;
    let at = 0;
    for (let d = 0; d < this.docs; d++) {
      const from = this.offsets[order[d] as number] as number;
      const to = this.offsets[(order[d] as number) + 1] as number;
      offsets[d] = at;
      for (let k = from; k < to; k++) ids[at++] = remap[(chunks[k >>> CHUNK_BITS] as TermIds)[k & CHUNK_MASK] as number] as number;
    }
    offsets[this.docs] = at;
    this.chunks.length = 0;
    return new TokenStore(offsets, ids);
  }
}
