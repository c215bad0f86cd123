// Orders matching paragraphs and cuts one page. The order is a total order that does not depend on
// offset or limit, so pages never overlap or skip: score descending, then paragraph-id order.
import { smallestK } from './top-k';

/**
 * Only the best paragraphs by base score get the proximity boost: it reads each paragraph's
 * tokens, and two common words match most of the corpus. Fixed, so every page sees one order.
 */
export const RERANK_WINDOW = 500;

export interface RankInput {
  docs: Uint32Array;
  /** base[i] scores docs[i]. */
  base: Uint16Array;
  /** rank[doc]: the doc's position in paragraph-id order, the tie-break. */
  rank: Uint32Array;
  /** Extra score from the paragraph's tokens, for the RERANK_WINDOW best by base score. */
  boost?: (doc: number) => number;
  offset: number;
  limit: number;
}

export interface RankedHit {
  doc: number;
  score: number;
}

const RANK_SPAN = 2 ** 32;

/** Orders candidates with scratch space sized for the whole corpus, reused by every query. */
export class Ranker {
  private readonly scores: Float64Array;
  private readonly keys: Float64Array;

  constructor(docCount: number) {
    this.scores = new Float64Array(docCount);
    this.keys = new Float64Array(docCount);
  }

  rank(input: RankInput): RankedHit[] {
    const { docs, rank, boost } = input;
    const scores = this.scores.subarray(0, docs.length);
    scores.set(input.base);
    let keys = this.orderKeys(docs, scores, rank);
    if (boost) {
      for (const i of smallestK(keys, RERANK_WINDOW)) scores[i] = (scores[i] as number) + boost(docs[i] as number);
      keys = this.orderKeys(docs, scores, rank);
    }
    const page = smallestK(keys, input.offset + input.limit).subarray(input.offset);
    return Array.from(page, (i) => ({ doc: docs[i] as number, score: scores[i] as number }));
  }

  private orderKeys(docs: Uint32Array, scores: Float64Array, rank: Uint32Array): Float64Array {
    let max = 0;
    for (let i = 0; i < scores.length; i++) if ((scores[i] as number) > max) max = scores[i] as number;
    const keys = this.keys.subarray(0, docs.length);
    for (let i = 0; i < docs.length; i++) keys[i] = (max - (scores[i] as number)) * RANK_SPAN + (rank[docs[i] as number] as number);
    return keys;
  }
}
