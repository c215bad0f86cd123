import type { ParagraphFeatures } from './paragraph-features';
import type { TermWeights } from './term-weights';

export type LinkKind = 'quote' | 'paraphrase';

export interface PairScore {
  kind: LinkKind;
  /** 0..1 */
  score: number;
}

/**
 * Thresholds tuned on the bundled corpus (link-scorer.test.ts, build-links.test.ts), on
 * IDF-weighted cosines of the closest sentences (quoted words only, for sentences that quote):
 * translations of one remark score 0.66–1.0 on their quotations, a long remark rendered
 * differently by each outlet 0.5–0.76, a different remark in the same words ("going to deepen
 * military and technical cooperation") about 0.45. The same fact in other words scores about
 * 0.47–0.86; paragraphs that share only the event's names and setting stay under 0.4.
 */
export const QUOTE_MIN = 0.5;
export const PARAPHRASE_MIN = 0.4;
/**
 * Two short sentences that share two words ("The military-technical equipment has its own
 * meeting." / "The military-technical countries has its own cooperation.") can reach any
 * cosine; a statement reported twice shares at least three content words.
 */
export const MIN_SHARED_TERMS = 3;

/** Two lists of speakers agree unless both name someone and they name no one in common. */
export function speakersAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((s) => b.includes(s));
}

/**
 * The precise score of a candidate pair. A quote link needs quotations on both sides that say
 * the same (whole quotations, or their closest quoted sentences) from speakers that agree; otherwise
 * the closest sentences must say the same for a paraphrase link. Null: not the same statement.
 */
export function scorePair(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): PairScore | null {
  const quote = quoteSimilarity(a, b, weights);
  if (quote >= QUOTE_MIN) return { kind: 'quote', score: round(quote) };
  const text = weights.bestCosine(a.units, b.units, MIN_SHARED_TERMS);
  return text >= PARAPHRASE_MIN ? { kind: 'paraphrase', score: round(text) } : null;
}

function quoteSimilarity(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): number {
  if (a.quotes.length === 0 || b.quotes.length === 0 || !speakersAgree(a.speakers, b.speakers)) return 0;
  return Math.max(weights.bestCosine(a.quotes, b.quotes, MIN_SHARED_TERMS), weights.bestCosine(a.quotedUnits, b.quotedUnits, MIN_SHARED_TERMS));
}

/** The similarity behind scorePair, below the thresholds too (for clustering). */
export function pairSimilarity(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): number {
  return Math.max(quoteSimilarity(a, b, weights), weights.bestCosine(a.units, b.units, MIN_SHARED_TERMS));
}

/** Scores are stored as float32; rounding first keeps a cached score equal to a fresh one. */
const round = (x: number): number => Math.round(Math.min(1, x) * 10_000) / 10_000;
