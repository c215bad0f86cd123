// The FlexSearch part: an inverted index from folded terms to internal paragraph numbers. It holds
// no documents and no text; tokens come from our own tokenizer, so queries, snippets and the
// index agree.
//
// Persistence goes through FlexSearch's import() with our own binary layout rather than its
// export(): export cuts chunks by term count, and since frequent words come first its first chunk
// holds nearly every posting (37 MB of JSON of 41 at 200,000 paragraphs), so stringifying and
// parsing it stalls the event loop for a long stretch. Binary slices load with pauses between.
import { Index } from 'flexsearch';
import type { Posting } from './candidate-finder';
import { terms } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** FlexSearch's position buckets per term. 9 is its default; fewer slots means a leaner index. */
export const RESOLUTION = 9;

const MAGIC = 0x50535431; // "PST1"; read back in another byte order it does not match.
/** Uint32s per written slice, and postings per imported batch. */
const SLICE = 1 << 18;

export class TermIndex {
  /** Tokens of the paragraph being added (see `addTokens`). */
  private pending: string[] | null = null;
  private readonly index = new Index({
    tokenize: 'strict',
    resolution: RESOLUTION,
    cache: false,
    encode: (text: string) => this.pending ?? terms(text),
  });

  /**
   * Indexes a paragraph from its folded terms. FlexSearch tokenizes through `encode`; handing it
   * the terms we already have saves tokenizing every paragraph twice.
   */
  addTokens(doc: number, tokens: string[]): void {
    if (tokens.length === 0) return;
    this.pending = tokens;
    try {
      this.index.add(doc, ' ');
    } finally {
      this.pending = null;
    }
  }

  /** The raw postings of one folded term. Owned by FlexSearch: read, never change. */
  postings(term: string): Posting {
    return this.index.search(term, { resolve: false }).result as Posting;
  }

  /**
   * The postings of every vocabulary term, in term-id order, as uint32s handed out in slices:
   * magic, term count, doc count, then per term its slot count and, per slot, a length and docs.
   */
  async writePostings(vocabulary: Vocabulary, docCount: number, write: (words: Uint32Array) => Promise<void>): Promise<void> {
    // `write` finishes with the slice before it resolves, so one buffer serves every slice.
    const out = new Uint32Array(SLICE);
    let at = 0;
    const flush = async () => {
      await write(out.subarray(0, at));
      at = 0;
    };
    out[at++] = MAGIC;
    out[at++] = vocabulary.size;
    out[at++] = docCount;
    for (let id = 0; id < vocabulary.size; id++) {
      const slots = this.postings(vocabulary.term(id));
      if (at === SLICE) await flush();
      out[at++] = slots.length;
      for (const ids of slots) {
        if (at === SLICE) await flush();
        out[at++] = ids ? ids.length : 0;
        if (!ids) continue;
        for (let i = 0; i < ids.length; i++) {
          if (at === SLICE) await flush();
          out[at++] = ids[i] as number;
        }
      }
    }
    await flush();
  }

  /** Rebuilds an index from `writePostings` output, a batch at a time. Throws on anything malformed. */
  static async readPostings(words: Uint32Array, vocabulary: Vocabulary, docCount: number, pause: () => Promise<void>): Promise<TermIndex> {
    if (words[0] !== MAGIC || words[1] !== vocabulary.size || words[2] !== docCount) {
      throw new Error('postings do not match the vocabulary and paragraph table');
    }
    const index = new TermIndex();
    let at = 3;
    const next = () => {
      if (at >= words.length) throw new Error('postings end too early');
      return words[at++] as number;
    };
    let batch: [string, (number[] | undefined)[]][] = [];
    let batchSize = 0;
    for (let id = 0; id < vocabulary.size; id++) {
      const slotCount = next();
      if (slotCount > RESOLUTION) throw new Error(`postings of "${vocabulary.term(id)}" have ${slotCount} slots`);
      const slots = new Array<number[] | undefined>(slotCount);
      for (let s = 0; s < slotCount; s++) {
        const length = next();
        if (length === 0) continue;
        if (at + length > words.length) throw new Error('postings end too early');
        const ids = new Array<number>(length);
        for (let i = 0; i < length; i++) {
          const d = words[at++] as number;
          if (d >= docCount) throw new Error(`postings of "${vocabulary.term(id)}" name paragraph ${d} of ${docCount}`);
          ids[i] = d;
        }
        slots[s] = ids;
        batchSize += length;
      }
      batch.push([vocabulary.term(id), slots]);
      if (batchSize >= SLICE) {
        index.importTerms(batch);
        batch = [];
        batchSize = 0;
        await pause();
      }
    }
    if (at !== words.length) throw new Error('postings run past the last term');
    index.importTerms(batch);
    return index;
  }

  private importTerms(entries: [string, (number[] | undefined)[]][]): void {
    // FlexSearch's import takes parsed data as well as JSON text (serialize.js importIndex: a
    // "map" chunk is a list of [term, slots]); its typings only mention the string form.
    if (entries.length > 0) this.index.import('map', entries as unknown as string);
  }
}
