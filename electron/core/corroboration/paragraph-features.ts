import { contentTermHashes } from './content-terms';
import { findQuotes } from './find-quotes';
import { findSpeakers } from './find-speakers';
import { splitClauses } from './split-clauses';
import { splitSentences } from './split-sentences';
import type { TextSpan } from './text-span';

/** What the link scorer knows about one paragraph. Term sets are sorted, unique term hashes. */
export interface ParagraphFeatures {
  /** Every content term of the paragraph, attribution included: for IDF and for spotting copies. */
  terms: Int32Array;
  /**
   * One set per sentence (a sentence with fewer than MIN_UNIT_TERMS terms joins the one before),
   * then one per clause of the sentences that have several (split-clauses.ts).
   */
  units: Int32Array[];
  /** One set per quotation with at least MIN_QUOTE_TERMS terms (scare quotes are left out). */
  quotes: Int32Array[];
  /** The units made of quoted words (a subset of `units`): a long quotation sentence by sentence. */
  quotedUnits: Int32Array[];
  /** Per unit, 1 when it is made of quoted words (is in `quotedUnits`), 0 in the writer's own words. */
  unitQuoted: Uint8Array;
  /** nameKey of each speaker named outside the quotations. */
  speakers: string[];
}

/** Shorter sentences ("We have an intergovernmental committee.") say too little on their own. */
export const MIN_UNIT_TERMS = 4;
/** "key partner", ‘Make in India’: quoted phrases too short to identify a remark. */
export const MIN_QUOTE_TERMS = 4;

/** Sorted, unique copy of term hashes. */
export function termSet(hashes: readonly number[]): Int32Array {
  const set = Int32Array.from(hashes);
  set.sort();
  let n = 0;
  for (let i = 0; i < set.length; i++) if (i === 0 || set[i] !== set[n - 1]) set[n++] = set[i] as number;
  return set.slice(0, n);
}

/**
 * Sentences that carry a quotation are reduced to the quoted words: the rest of such a sentence
 * is attribution ("…," Russian foreign minister Sergei Lavrov said after discussions with …),
 * and left in, it makes every paragraph naming the same two ministers look like the same
 * report. Speakers are compared separately. Sentences without a quotation stay whole.
 */
interface UnitText {
  text: string;
  quoted: boolean;
}

function unitTexts(text: string, quoteSpans: readonly TextSpan[]): UnitText[] {
  const out: UnitText[] = [];
  for (const s of splitSentences(text)) {
    const inside = quoteSpans.filter((q) => q.start < s.end && q.end > s.start);
    if (inside.length === 0) out.push({ text: text.slice(s.start, s.end), quoted: false });
    else out.push({ text: inside.map((q) => text.slice(Math.max(q.start, s.start), Math.min(q.end, s.end))).join(' '), quoted: true });
  }
  return out;
}

interface Group {
  terms: number[];
  quoted: boolean;
}

/** Joins each piece shorter than MIN_UNIT_TERMS to the one before (or after, for the first). */
function mergeShort(pieces: readonly Group[]): Group[] {
  const groups: Group[] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    if (last && (piece.terms.length < MIN_UNIT_TERMS || last.terms.length < MIN_UNIT_TERMS)) {
      last.terms.push(...piece.terms);
      last.quoted ||= piece.quoted;
    } else groups.push({ terms: [...piece.terms], quoted: piece.quoted });
  }
  return groups.filter((g) => g.terms.length >= MIN_UNIT_TERMS);
}

/** Clauses of a sentence that stand as units of their own; none when it has one clause. */
function clauseGroups(sentence: UnitText): Group[] {
  const spans = splitClauses(sentence.text);
  if (spans.length < 2) return [];
  const clauses = mergeShort(spans.map((c) => ({ terms: contentTermHashes(sentence.text.slice(c.start, c.end)), quoted: sentence.quoted })));
  return clauses.length < 2 ? [] : clauses;
}

/** Sentences first (a short one joined to its neighbour), then the clauses of those that have several. */
function groupUnits(sentences: readonly UnitText[]): Group[] {
  const groups = mergeShort(sentences.map((s) => ({ terms: contentTermHashes(s.text), quoted: s.quoted })));
  for (const sentence of sentences) groups.push(...clauseGroups(sentence));
  return groups;
}

export function paragraphFeatures(text: string): ParagraphFeatures {
  const quotes: Int32Array[] = [];
  const quoteSpans: TextSpan[] = [];
  for (const q of findQuotes(text)) {
    const terms = contentTermHashes(text.slice(q.inner.start, q.inner.end));
    if (terms.length < MIN_QUOTE_TERMS) continue;
    quotes.push(termSet(terms));
    quoteSpans.push(q.inner);
  }
  const groups = groupUnits(unitTexts(text, quoteSpans));
  const units = groups.map((g) => termSet(g.terms));
  return {
    terms: termSet(contentTermHashes(text)),
    units,
    quotes,
    quotedUnits: units.filter((_, i) => groups[i]?.quoted === true),
    unitQuoted: Uint8Array.from(groups, (g) => (g.quoted ? 1 : 0)),
    // Speakers only matter to compare quotations; finding them costs more than the rest.
    speakers: quotes.length === 0 ? [] : [...new Set(findSpeakers(text).map((s) => s.key))],
  };
}
