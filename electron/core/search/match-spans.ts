// Where a parsed query matches a paragraph, as spans of the ORIGINAL text.
import type { ParsedQuery } from './parse-query';
import { type Token, tokenize } from './tokenize';

export interface MatchSpan {
  start: number;
  end: number;
  /** Which part of the query matched: `t:<term>`, `p:<phrase>` or `prefix`. */
  unit: string;
}

/** Spans sorted by start; overlapping spans (a term inside a phrase) are merged. */
export function matchSpans(text: string, q: ParsedQuery): MatchSpan[] {
  const tokens = tokenize(text);
  const termSet = new Set(q.terms);
  const phrases = q.phrases.map((p) => ({ words: p.split(' '), unit: `p:${p}` }));
  const { prefix } = q;
  const spans: MatchSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const term = tok.term;
    if (termSet.has(term)) spans.push({ start: tok.start, end: tok.end, unit: `t:${term}` });
    else if (prefix !== undefined && term.startsWith(prefix)) spans.push({ start: tok.start, end: tok.end, unit: 'prefix' });
    for (const { words, unit } of phrases) {
      if (words[0] !== term || i + words.length > tokens.length) continue;
      let k = 1;
      while (k < words.length && (tokens[i + k] as Token).term === words[k]) k++;
      if (k === words.length) spans.push({ start: tok.start, end: (tokens[i + k - 1] as Token).end, unit });
    }
  }
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchSpan[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.start < prev.end) {
      // Keep the longer unit (a phrase) as the name of the merged span.
      if (s.end > prev.end) prev.end = s.end;
    } else merged.push(s);
  }
  return merged;
}
