import type { SnippetPart } from '../../shared/types';
import type { WordDiff } from './corroboration-types';
import type { TextSpan } from './text-span';

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}/gu;
/** Beyond this many word pairs the table would cost more memory than a paragraph is worth. */
const MAX_CELLS = 4_000_000;

interface Word {
  start: number;
  end: number;
  key: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: m[0].normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** Which words of each side are in a longest common subsequence (by lowercased word). */
function commonWords(a: Word[], b: Word[]): [Uint8Array, Uint8Array] {
  const inA = new Uint8Array(a.length);
  const inB = new Uint8Array(b.length);
  // Equal first and last words are common whatever lies between; only the middle needs the table.
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo]?.key === b[lo]?.key) inA[lo] = inB[lo++] = 1;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1]?.key === b[eb - 1]?.key) inA[--ea] = inB[--eb] = 1;
  const n = ea - lo;
  const m = eb - lo;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [inA, inB];
  const w = m + 1;
  const len = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[lo + i]?.key === b[lo + j]?.key ? (len[(i + 1) * w + j + 1] as number) + 1 : Math.max(len[(i + 1) * w + j] as number, len[i * w + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[lo + i]?.key === b[lo + j]?.key) {
      inA[lo + i++] = 1;
      inB[lo + j++] = 1;
    } else if ((len[(i + 1) * w + j] as number) >= (len[i * w + j + 1] as number)) i++;
    else j++;
  }
  return [inA, inB];
}

/** The text as parts; `match: true` on the words that are not common, and on the gaps between two such words. */
function parts(text: string, words: Word[], common: Uint8Array): SnippetPart[] {
  const out: SnippetPart[] = [];
  const push = (s: string, marked: boolean): void => {
    if (s === '') return;
    const last = out[out.length - 1];
    if (last && last.match === marked) last.text += s;
    else out.push({ text: s, match: marked });
  };
  let at = 0;
  words.forEach((word, k) => {
    const differs = common[k] === 0;
    const prevDiffers = k > 0 && common[k - 1] === 0;
    push(text.slice(at, word.start), differs && prevDiffers);
    push(text.slice(word.start, word.end), differs);
    at = word.end;
  });
  push(text.slice(at), false);
  return out;
}

/**
 * Marks the words that differ between two paragraphs, for showing them side by side. Words
 * are compared lowercased and without accents; punctuation and spacing never count as a
 * difference. In the parts, `match: true` means "differs: highlight this".
 */
export function diffWords(a: string, b: string): WordDiff {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const [ca, cb] = commonWords(wa, wb);
  return { a: parts(a, wa, ca), b: parts(b, wb, cb) };
}

/**
 * One word of `a` replaced by one word of `b` between the same common neighbours
 * ("settlement in Afghanistan should" / "settlement in Pakistan should"), in order. A swap
 * at either end of a text has only one neighbour to anchor it, and is left out.
 */
export function wordSubstitutions(a: string, b: string): { a: TextSpan; b: TextSpan }[] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const [ca, cb] = commonWords(wa, wb);
  /** The gaps between common words: the k-th gap of one side faces the k-th of the other. */
  const gaps = (words: Word[], common: Uint8Array): Word[][] => {
    const out: Word[][] = [[]];
    words.forEach((w, k) => {
      if (common[k] === 1) out.push([]);
      else out[out.length - 1]?.push(w);
    });
    return out;
  };
  const ga = gaps(wa, ca);
  const gb = gaps(wb, cb);
  const out: { a: TextSpan; b: TextSpan }[] = [];
  ga.forEach((gap, k) => {
    const other = gb[k];
    if (k === 0 || k === ga.length - 1 || gap.length !== 1 || other?.length !== 1) return;
    const [x, y] = [gap[0] as Word, other[0] as Word];
    out.push({ a: { start: x.start, end: x.end }, b: { start: y.start, end: y.end } });
  });
  return out;
}
