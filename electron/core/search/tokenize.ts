// One tokenizer for indexing, queries, phrase checks and snippets, so all four agree on what a
// "word" is. A token is a run of letters, digits and combining marks in the ORIGINAL text (so its
// offsets can be highlighted there), folded to lower case without diacritics. Apostrophes, hyphens
// and all punctuation separate tokens: "Russia’s" and "Russia's" both give `russia`, `s`.
// Changing anything here changes the index: bump INDEX_FORMAT in index-cache.ts.

export interface Token {
  /** Folded form: lower case, no diacritics. */
  term: string;
  /** Offsets in the original text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

const ASCII = /^[^\u0080-\uffff]*$/;
const ASCII_RUN = /[a-z0-9]+/g;
const ASCII_WORD = /[A-Za-z0-9]+/g;
// Coarse pass: ASCII letters/digits plus every non-ASCII code unit. Most runs are plain ASCII words
// and need nothing more; runs with non-ASCII units are split exactly by RUN below.
const COARSE = /[A-Za-z0-9\u0080-\uffff]+/g;
const RUN = /[\p{L}\p{N}\p{M}]+/gu;
// Per BMP code unit: 0 not looked up yet, 1 letter/digit/mark, 2 anything else. Filled lazily.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const charKind = new Uint8Array(0x10000);
const MARKS = /\p{Mn}/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;
// U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode but an apostrophe to readers.
const MODIFIER_APOSTROPHE = /\u02bc/g;
// Letters that NFKD does not decompose but readers treat as variants of another letter.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  // Greek final sigma: lower-casing picks σ or ς by position, so the query and text could differ.
  ς: 'σ',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** Folds one run of letters/digits/marks. May return '' (a run of marks only). */
function foldRun(run: string): string {
  if (ASCII.test(run)) return run.toLowerCase();
  // Accented words repeat (names, places): NFKD and three Unicode replaces are worth caching.
  let folded = foldCache.get(run);
  if (folded === undefined) {
    folded = run
      .normalize('NFKD')
      .toLowerCase()
      .replace(MARKS, '')
      .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c)
      .replace(NOT_WORD, '');
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(run, folded);
  }
  return folded;
}

/** Lower-cases `text` when that keeps every offset (it does not for a few letters such as U+0130). */
function lowerKeepingOffsets(text: string): { source: string; lowered: boolean } {
  const lower = text.toLowerCase();
  return lower.length === text.length ? { source: lower, lowered: true } : { source: text, lowered: false };
}

type Visit = (term: string, start: number, end: number) => void;

/** Splits a coarse run that holds non-ASCII code units into exact tokens. */
function splitRun(run: string, at: number, visit: Visit): void {
  if (hasOnlyAsciiWords(run)) {
    // ASCII words joined by typographic punctuation, such as `moscow’s` or `“make`.
    for (const w of run.matchAll(ASCII_WORD)) visit(w[0].toLowerCase(), at + w.index, at + w.index + w[0].length);
    return;
  }
  const exact = run.includes('\u02bc') ? run.replace(MODIFIER_APOSTROPHE, "'") : run;
  for (const w of exact.matchAll(RUN)) {
    const term = foldRun(w[0]);
    if (term) visit(term, at + w.index, at + w.index + w[0].length);
  }
}

/** Tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const { source, lowered } = lowerKeepingOffsets(text);
  if (lowered && hasOnlyAsciiWords(source)) {
    // Most paragraphs: the tokens are the [a-z0-9] runs; a char loop finds them without a regex.
    for (let i = 0; i < source.length; i++) {
      if (!isAsciiWordChar(source.charCodeAt(i))) continue;
      const start = i;
      while (i + 1 < source.length && isAsciiWordChar(source.charCodeAt(i + 1))) i++;
      out.push({ term: source.slice(start, i + 1), start, end: i + 1 });
    }
    return out;
  }
  const push: Visit = (term, start, end) => out.push({ term, start, end });
  const coarse = new RegExp(COARSE);
  for (let m = coarse.exec(source); m; m = coarse.exec(source)) {
    const run = m[0];
    if (ASCII.test(run)) push(lowered ? run : run.toLowerCase(), m.index, m.index + run.length);
    else splitRun(run, m.index, push);
  }
  return out;
}

/** The folded terms of `text`, in order: `tokenize` without offsets, several times faster. */
export function terms(text: string): string[] {
  const { source, lowered } = lowerKeepingOffsets(text);
  if (lowered && hasOnlyAsciiWords(source)) return source.match(ASCII_RUN) ?? [];
  const out: string[] = [];
  const push: Visit = (term) => out.push(term);
  for (const run of source.match(COARSE) ?? []) {
    if (ASCII.test(run)) out.push(lowered ? run : run.toLowerCase());
    else splitRun(run, 0, push);
  }
  return out;
}

/** [a-z0-9] (the text is lower-cased already). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** True when every letter and digit of `text` is ASCII: then its terms are its lower-cased [a-z0-9] runs. */
function hasOnlyAsciiWords(text: string): boolean {
  // A plain loop beats a Unicode-property regex here several times over: most texts hold only a
  // few non-ASCII characters, all of them quotes and dashes.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // Astral characters (surrogates) are rare: let the exact path decide.
    if (c >= 0xd800 && c <= 0xdfff) return false;
    let kind = charKind[c] as number;
    if (kind === 0) charKind[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 1) return false;
  }
  return true;
}
