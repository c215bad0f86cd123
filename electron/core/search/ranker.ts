// Orders matching paragraphs and cuts one page. The order is a total order that does not depend on
// offset or limit, so pages never overlap or skip: score descending, then paragraph-id order.
// Internal doc numbers follow paragraph-id order (see ParagraphTable), and candidates come in
// ascending doc order, so the tie-break is the candidate's index.
import { topK } from './top-k';

/**
 * Only the best paragraphs by base score get the proximity boost: it reads each paragraph's
 * tokens, and two common words match most of the corpus. Fixed, so every page sees one order.
 */
export const RERANK_WINDOW = 500;

export interface RankInput {
  /** Ascending. */
  docs: Uint32Array;
  /** base[i] scores docs[i]. */
  base: Uint16Array;
  /** Extra score from the paragraph's tokens, for the RERANK_WINDOW best by base score. */
  boost?: (doc: number) => number;
  offset: number;
  limit: number;
}

export interface RankedHit {
  doc: number;
  score: number;
}

const SCORE_SPAN = 2 ** 32;

export function rank(input: RankInput): RankedHit[] {
  const { docs, base, boost } = input;
  const offset = Math.max(0, Math.floor(input.offset));
  const want = offset + Math.max(0, Math.floor(input.limit));
  if (!boost) return Array.from(topK(base, want).subarray(offset), (i) => ({ doc: docs[i] as number, score: base[i] as number }));

  const window = topK(base, RERANK_WINDOW);
  const boosted = Float64Array.from(window, (i) => (base[i] as number) + boost(docs[i] as number));
  if (want > window.length && window.length < docs.length) {
    // A page past the window: the rest keep their base scores.
    const scores = base.slice();
    window.forEach((i, w) => (scores[i] = Math.min(0xffff, boosted[w] as number)));
    return Array.from(topK(scores, want).subarray(offset), (i) => ({ doc: docs[i] as number, score: scores[i] as number }));
  }
  // Any doc outside the window ranks below all of it, boosts only raise scores: the page is in it.
  const keys = Float64Array.from(window, (i, w) => (0xffff - (boosted[w] as number)) * SCORE_SPAN + i).sort();
  return Array.from(keys.subarray(offset, want), (key) => {
    const i = key % SCORE_SPAN;
    return { doc: docs[i] as number, score: 0xffff - Math.floor(key / SCORE_SPAN) };
  });
}
