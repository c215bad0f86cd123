import { fnv1a32 } from './hash32';
import { stemWord } from './stem-word';
import { STOPWORDS } from './stopwords';
import { canonicalTerm } from './term-synonyms';

// A word: letters and digits, with inner hyphens, dots, commas and apostrophes ("S-400",
// "U.S.", "2,500", "India’s"). Outer punctuation is never part of it.
const WORD = /[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;
/** Prefixes that are written both joined and hyphenated ("co-operation"). */
const JOINED_PREFIX = /^(?:co|re|pre|non|anti|multi|inter)-/;
const NONE: readonly string[] = Object.freeze([]);

/** "US" and "U.S." would fold into the pronoun "us", a stopword. */
const isUnitedStates = (raw: string): boolean => raw === 'US' || raw === 'U.S';

function normaliseWord(raw: string): string[] {
  if (isUnitedStates(raw)) return ['usa'];
  let w = ASCII.test(raw) ? raw.toLowerCase() : raw.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
  w = w.replace(/'s$/, '').replace(/'/g, '');
  if (/\d/.test(w)) return [w.replace(/,/g, '')];
  w = w.replace(/[.,]/g, '');
  if (JOINED_PREFIX.test(w)) w = w.replace('-', '');
  return w.split('-');
}

interface WordTerms {
  terms: readonly string[];
  /** fnv1a32 of each term: hashed once per word form, not once per occurrence. */
  hashes: readonly number[];
}

const NO_TERMS: WordTerms = Object.freeze({ terms: NONE, hashes: Object.freeze([]) });

function termsOfWord(raw: string): WordTerms {
  const terms: string[] = [];
  for (const w of normaliseWord(raw)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const term = canonicalTerm(stemWord(w));
    if (!STOPWORDS.has(term)) terms.push(term);
  }
  return terms.length === 0 ? NO_TERMS : { terms, hashes: terms.map(fnv1a32) };
}

// Word forms repeat endlessly across a corpus, so each is normalised once. The memo is
// dropped when it grows past MEMO_MAX distinct forms to bound memory on very large corpora.
const MEMO_MAX = 500_000;
let memo = new Map<string, WordTerms>();

function wordsOf(text: string, visit: (w: WordTerms) => void): void {
  // exec with lastIndex, not matchAll: on 200,000 paragraphs the iterator's allocations double the time.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    let w = memo.get(raw);
    if (w === undefined) {
      w = termsOfWord(raw);
      if (memo.size >= MEMO_MAX) memo = new Map();
      memo.set(raw, w);
    }
    if (w !== NO_TERMS) visit(w);
  }
}

/**
 * The words of `text` that carry content, in order: lowercased, without accents, stopwords
 * and one-letter words, lightly stemmed, with translation synonyms folded together.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  wordsOf(text, (w) => out.push(...w.terms));
  return out;
}

/** fnv1a32 of each of contentTerms(text), in order. */
export function contentTermHashes(text: string): number[] {
  const out: number[] = [];
  wordsOf(text, (w) => out.push(...w.hashes));
  return out;
}
