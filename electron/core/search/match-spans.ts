// Where a parsed query matches a paragraph, as spans of the ORIGINAL text.
import type { ParsedQuery } from './parse-query';
import { tokenize } from './tokenize';

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
  const phrases = q.phrases.map((p) => p.split(' '));
  const spans: MatchSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    if (termSet.has(tok.term)) spans.push({ start: tok.start, end: tok.end, unit: `t:${tok.term}` });
    else if (q.prefix !== undefined && tok.term.startsWith(q.prefix)) spans.push({ start: tok.start, end: tok.end, unit: 'prefix' });
    for (const words of phrases) {
      if (words.every((w, k) => tokens[i + k]?.term === w)) {
        const last = tokens[i + words.length - 1] as { end: number };
        spans.push({ start: tok.start, end: last.end, unit: `p:${words.join(' ')}` });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchSpan[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.start < prev.end) {
      // Keep the longer unit (a phrase) as the name of the merged span.
      if (s.end > prev.end) prev.end = s.end;
    } else merged.push({ ...s });
  }
  return merged;
}
