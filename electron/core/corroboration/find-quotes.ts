import type { TextSpan } from './text-span';

/** A quotation inside a paragraph: `outer` includes the marks, `inner` only the quoted words. */
export interface QuoteSpan {
  outer: TextSpan;
  inner: TextSpan;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/**
 * Where a single quote mark opens a quotation: not inside a word, and followed by a word
 * character. That keeps apostrophes ("India’s", "won't") from opening or closing quotes.
 */
const opensSingle = (text: string, i: number): boolean => !isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
const closesSingle = (text: string, i: number): boolean => !isWordChar(text[i + 1]) && text[i - 1] !== ' ';

function closeDouble(text: string, open: number): number {
  const mark = text[open] === '“' ? '”' : text[open] === '„' ? '“' : '"';
  const at = text.indexOf(mark, open + 1);
  // A quotation that runs on into the next paragraph has no closing mark in this one.
  return at < 0 ? text.length : at;
}

function closeSingle(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if ((c === '’' || c === "'") && closesSingle(text, i)) return i;
    // Single-quoted phrases are short; a sentence end means it was an apostrophe after all.
    if (c === '“' || c === '"' || (c === '.' && text[i + 1] === ' ' && i - open > 200)) return -1;
  }
  return -1;
}

/** Quotations in straight or curly, double or single marks, in order, never nested. */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    let close = -1;
    if (c === '“' || c === '"' || c === '„') close = closeDouble(text, i);
    else if ((c === '‘' || c === "'") && opensSingle(text, i)) close = closeSingle(text, i);
    if (close < 0) {
      i++;
      continue;
    }
    const inner = { start: i + 1, end: close };
    const content = text.slice(inner.start, inner.end);
    if (LETTER_OR_DIGIT.test(content)) {
      const lead = content.length - content.trimStart().length;
      const trail = content.length - content.trimEnd().length;
      quotes.push({
        outer: { start: i, end: Math.min(text.length, close + 1) },
        inner: { start: inner.start + lead, end: inner.end - trail },
      });
    }
    i = close + 1;
  }
  return quotes;
}
