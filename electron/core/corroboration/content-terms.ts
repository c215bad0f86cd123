import { fnv1a32 } from './hash32';
import { stemWord } from './stem-word';
import { STOPWORDS } from './stopwords';
import { canonicalTerm } from './term-synonyms';

// A word: letters and digits, with inner hyphens, dots, commas and apostrophes ("S-400",
// "U.S.", "2,500", "India’s"). Outer punctuation is never part of it. Scanned by hand rather
// than with /[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*/gu: on 200,000 paragraphs the regex and
// its match arrays cost more than everything else in tokenizing.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const wideWord = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let yes = wideWord.get(code);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wideWord.set(code, yes);
  }
  return yes;
}

/** Hyphen, dot, comma, apostrophes: joiners inside a word. */
const isJoiner = (code: number): boolean => code === 45 || code === 46 || code === 44 || code === 39 || code === 0x2019;

/** Calls `visit(start, end)` for each word of `text`. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    visit(start, i);
  }
}
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
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    let w = memo.get(raw);
    if (w === undefined) {
      w = termsOfWord(raw);
      if (memo.size >= MEMO_MAX) memo = new Map();
      memo.set(raw, w);
    }
    if (w !== NO_TERMS) visit(w);
  });
}

/**
 * The words of `text` that carry content, in order: lowercased, without accents, stopwords
 * and one-letter words, lightly stemmed, with translation synonyms folded together.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  wordsOf(text, (w) => {
    for (const t of w.terms) out.push(t);
  });
  return out;
}

/** fnv1a32 of each of contentTerms(text), in order. */
export function contentTermHashes(text: string): number[] {
  const out: number[] = [];
  wordsOf(text, (w) => {
    for (const h of w.hashes) out.push(h);
  });
  return out;
}
