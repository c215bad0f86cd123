// Verifies a quoted phrase: a doc holds "w0 w1 … wk" when some position p has w0 at p, w1 at
// p + 1, and so on. Only docs that hold every phrase word are asked (search checks the phrase
// after the AND). In each, the token store is scanned for the phrase's rarest word, the anchor,
// and the rest of the phrase compared only where it stands. Paragraphs are short, so this costs
// no more than positional postings would (measured at 200,000 paragraphs) without their memory.
import type { PostingIndex } from './posting-index';
import type { TokenStore } from './token-store';

export class PhraseMatcher {
  private readonly anchor: number;

  /** `phrase` lists term ids in order; the same id may occur twice. */
  constructor(
    postings: PostingIndex,
    private readonly tokens: TokenStore,
    private readonly phrase: readonly number[],
  ) {
    let anchor = 0;
    phrase.forEach((t, k) => {
      if (postings.docFreq(t) < postings.docFreq(phrase[anchor] as number)) anchor = k;
    });
    this.anchor = anchor;
  }

  /** Keeps, in place and in order, the first `n` docs (with their scores) that hold the phrase; returns how many. */
  keep(docs: Uint32Array, base: Uint16Array, n: number): number {
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const doc = docs[i] as number;
      if (!this.matches(doc)) continue;
      docs[kept] = doc;
      base[kept++] = base[i] as number;
    }
    return kept;
  }

  /** True when `doc` holds the phrase. */
  matches(doc: number): boolean {
    const { phrase, anchor } = this;
    const n = phrase.length;
    if (n === 0) return true;
    const { offsets, ids } = this.tokens;
    const at = phrase[anchor] as number;
    const from = offsets[doc] as number;
    const to = (offsets[doc + 1] as number) - (n - 1 - anchor);
    for (let q = from + anchor; q < to; q++) {
      if (ids[q] !== at) continue;
      const p = q - anchor;
      let k = 0;
      while (k < n && ids[p + k] === phrase[k]) k++;
      if (k === n) return true;
    }
    return false;
  }
}
