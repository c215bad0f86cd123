// Verifies a quoted phrase from positional postings: a doc holds "w0 w1 … wk" when some position
// p has w0 at p, w1 at p + 1, and so on. Only the phrase words' positions in that doc are read,
// never the doc's whole token stream.
import { type PostingIndex, seek } from './posting-index';

export class PhraseMatcher {
  /** Per phrase word: where its postings continue (docs are checked in ascending order). */
  private readonly cursor: Uint32Array;
  private readonly end: Uint32Array;
  private readonly from: Uint32Array;
  private readonly to: Uint32Array;
  private readonly at: Uint32Array;

  /** `phrase` lists term ids in order; the same id may occur twice. */
  constructor(
    private readonly postings: PostingIndex,
    private readonly phrase: readonly number[],
  ) {
    const n = phrase.length;
    this.cursor = Uint32Array.from(phrase, (t) => postings.starts[t] as number);
    this.end = Uint32Array.from(phrase, (t) => postings.starts[t + 1] as number);
    this.from = new Uint32Array(n);
    this.to = new Uint32Array(n);
    this.at = new Uint32Array(n);
  }

  /** True when `doc` holds the phrase. Call with docs in ascending order. */
  matches(doc: number): boolean {
    const { postings, cursor, end, from, to, at } = this;
    const { docs, posStarts, positions } = postings;
    const n = this.phrase.length;
    if (n === 0) return true;
    let anchor = 0;
    for (let k = 0; k < n; k++) {
      const j = seek(docs, cursor[k] as number, end[k] as number, doc);
      cursor[k] = j;
      if (j === end[k] || docs[j] !== doc) return false;
      from[k] = posStarts[j] as number;
      to[k] = posStarts[j + 1] as number;
      at[k] = from[k] as number;
      if ((to[k] as number) - (from[k] as number) < (to[anchor] as number) - (from[anchor] as number)) anchor = k;
    }
    // Walk the anchor word's positions; every other word's pointer only moves forward.
    for (let a = from[anchor] as number; a < (to[anchor] as number); a++) {
      const p = (positions[a] as number) - anchor;
      if (p < 0) continue;
      let all = true;
      for (let k = 0; k < n && all; k++) {
        if (k === anchor) continue;
        const want = p + k;
        let i = at[k] as number;
        const stop = to[k] as number;
        while (i < stop && (positions[i] as number) < want) i++;
        at[k] = i;
        if (i === stop) return false;
        all = positions[i] === want;
      }
      if (all) return true;
    }
    return false;
  }
}
