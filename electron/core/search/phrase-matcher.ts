// Verifies a quoted phrase: a doc holds "w0 w1 … wk" when some position p has w0 at p, w1 at
// p + 1, and so on. The phrase's rarest word is the anchor: its positional postings say where it
// stands in the doc, and only the few tokens around those spots are read from the token store,
// never the doc's whole token stream. Docs are asked in ascending order, so both the anchor's
// postings and the token store are read front to back.
import { type PostingIndex, seek } from './posting-index';
import type { TokenStore } from './token-store';

export class PhraseMatcher {
  private readonly anchor: number;
  private cursor: number;
  private readonly end: number;

  /** `phrase` lists term ids in order; the same id may occur twice. */
  constructor(
    private readonly postings: PostingIndex,
    private readonly tokens: TokenStore,
    private readonly phrase: readonly number[],
  ) {
    let anchor = 0;
    phrase.forEach((t, k) => {
      if (postings.docFreq(t) < postings.docFreq(phrase[anchor] as number)) anchor = k;
    });
    this.anchor = anchor;
    const term = phrase[anchor] ?? 0;
    this.cursor = phrase.length > 0 ? (postings.starts[term] as number) : 0;
    this.end = phrase.length > 0 ? (postings.starts[term + 1] as number) : 0;
  }

  /** True when `doc` holds the phrase. Call with docs in ascending order. */
  matches(doc: number): boolean {
    const { phrase, anchor } = this;
    const n = phrase.length;
    if (n === 0) return true;
    const { docs, posStarts, positions } = this.postings;
    const j = seek(docs, this.cursor, this.end, doc);
    this.cursor = j;
    if (j === this.end || docs[j] !== doc) return false;
    const { offsets, ids } = this.tokens;
    const base = offsets[doc] as number;
    const last = (offsets[doc + 1] as number) - base - n;
    for (let a = posStarts[j] as number, to = posStarts[j + 1] as number; a < to; a++) {
      const p = (positions[a] as number) - anchor;
      if (p < 0 || p > last) continue;
      let k = 0;
      while (k < n && ids[base + p + k] === phrase[k]) k++;
      if (k === n) return true;
    }
    return false;
  }
}
