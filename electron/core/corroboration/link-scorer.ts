import { bestOverlap, sharePair, type SharedTerms } from './best-overlap';
import type { ParagraphFeatures } from './paragraph-features';
import type { TermWeights } from './term-weights';

export type LinkKind = 'quote' | 'paraphrase';

export interface PairScore {
  kind: LinkKind;
  /** 0..1 */
  score: number;
}

/**
 * Thresholds on the overlap (term-weights.ts: IDF-weighted cosine blended with containment) of
 * the closest units: sentences and their clauses, quoted words only for sentences that quote.
 * Measured on the gold set (bench/corroboration-gold.json): with QUOTE_MIN 0.5, 38 of 39 links
 * are right; 0.45 adds the remark rendered "going to deepen military and technical cooperation"
 * (45 of 46); under 0.45 a different remark that also says "military-technical cooperation"
 * ("an intergovernmental commission on …") links too, as its words are just as close.
 * PARAPHRASE_MIN 0.42 gives 45 of 45, 0.4 the same 45 of 46, 0.36 47 of 48. Paragraphs that
 * share only the event's names and setting stay under 0.4.
 */
export const QUOTE_MIN = 0.45;
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

/** Two paragraphs being compared, with the terms they share (best-overlap.ts). */
interface Pair {
  a: ParagraphFeatures;
  b: ParagraphFeatures;
  shared: SharedTerms;
  weights: TermWeights;
}

function pairOf(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): Pair | null {
  const shared = sharePair(a.terms, b.terms);
  return shared.count < MIN_SHARED_TERMS ? null : { a, b, shared, weights };
}

/**
 * The precise score of a candidate pair. A quote link needs quotations on both sides that say
 * the same (whole quotations, or their closest quoted sentences) from speakers that agree; otherwise
 * the closest units (sentences or clauses), one of them at least in the writer's own words, must
 * say the same for a paraphrase link. Null: not the same statement.
 */
export function scorePair(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): PairScore | null {
  const pair = pairOf(a, b, weights);
  if (!pair) return null;
  const quote = quoteSimilarity(pair);
  if (quote >= QUOTE_MIN) return { kind: 'quote', score: round(quote) };
  const text = paraphraseSimilarity(pair);
  return text >= PARAPHRASE_MIN ? { kind: 'paraphrase', score: round(text) } : null;
}

function quoteSimilarity({ a, b, shared, weights }: Pair): number {
  if (a.quotes.length === 0 || b.quotes.length === 0 || !speakersAgree(a.speakers, b.speakers)) return 0;
  const quotes = bestOverlap(a.quotes, b.quotes, shared, weights, MIN_SHARED_TERMS);
  return Math.max(quotes, bestOverlap(a.quotedUnits, b.quotedUnits, shared, weights, MIN_SHARED_TERMS));
}

/**
 * Two quotations whose speakers agree were judged as quotations (quoteSimilarity, with its own
 * threshold), so they are not compared again here: on the gold set that second chance at the
 * lower paraphrase threshold made five of six false links (two different Lavrov sentences that
 * both say "military-technical cooperation"). One quotation credited to different people is
 * still compared, as a paraphrase, so the misattribution can show as a discrepancy.
 */
function paraphraseSimilarity({ a, b, shared, weights }: Pair): number {
  const judged = speakersAgree(a.speakers, b.speakers);
  return bestOverlap(a.units, b.units, shared, weights, MIN_SHARED_TERMS, judged ? a.unitQuoted : undefined, judged ? b.unitQuoted : undefined);
}

/** The similarity behind scorePair, below the thresholds too (for clustering). */
export function pairSimilarity(a: ParagraphFeatures, b: ParagraphFeatures, weights: TermWeights): number {
  const pair = pairOf(a, b, weights);
  return pair ? Math.max(quoteSimilarity(pair), paraphraseSimilarity(pair)) : 0;
}

/** Scores are stored as float32; rounding first keeps a cached score equal to a fresh one. */
const round = (x: number): number => Math.round(Math.min(1, x) * 10_000) / 10_000;
