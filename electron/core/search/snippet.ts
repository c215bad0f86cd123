// A short window of a paragraph around its best match, as structured parts (never HTML). Every
// part's text is a slice of the original paragraph, so highlights sit on what the reader sees,
// curly quotes and accents included.
import type { SnippetPart } from '../../shared/types';
import { type MatchSpan, matchSpans } from './match-spans';
import { isEmptyQuery, type ParsedQuery, parseQuery } from './parse-query';

export const ELLIPSIS = '…';
const SPACE = /\s/;

export interface SnippetOptions {
  /** Longest window of paragraph text, before the ellipses. Default 160. */
  maxChars?: number;
}

/** A page of hits makes one snippet each for the same query: parse it once. */
let lastQuery: { text: string; parsed: ParsedQuery } | undefined;

function parsed(query: string): ParsedQuery {
  if (lastQuery?.text !== query) lastQuery = { text: query, parsed: parseQuery(query) };
  return lastQuery.parsed;
}

export function snippet(text: string, query: string, opts: SnippetOptions = {}): SnippetPart[] {
  const maxChars = Math.max(20, Math.floor(opts.maxChars ?? 160));
  const q = parsed(query);
  const spans = isEmptyQuery(q) ? [] : matchSpans(text, q);
  const [start, end] = chooseWindow(text, spans, maxChars);
  const parts: SnippetPart[] = [];
  const push = (s: string, match: boolean) => {
    if (s) parts.push({ text: s, match });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  for (const s of spans) {
    if (s.start < start || s.end > end) continue;
    push(text.slice(at, s.start), false);
    push(text.slice(s.start, s.end), true);
    at = s.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(ELLIPSIS, false);
  return parts;
}

/** The window that shows the most different query parts, then the most matches, then the earliest. */
function chooseWindow(text: string, spans: MatchSpan[], maxChars: number): [number, number] {
  const len = text.length;
  if (len <= maxChars) return trim(text, 0, len);
  if (spans.length === 0) return trim(text, 0, snapEnd(text, 0, maxChars, 0));

  const lead = Math.min(40, Math.floor(maxChars / 4));
  let best = { start: 0, units: -1, count: -1 };
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i] as MatchSpan;
    const start = Math.max(0, Math.min(first.start - lead, len - maxChars));
    const units = new Set<string>();
    let count = 0;
    for (const s of spans) {
      if (s.start < start) continue;
      if (s.end > start + maxChars) break;
      units.add(s.unit);
      count++;
    }
    if (units.size > best.units || (units.size === best.units && count > best.count)) {
      best = { start, units: units.size, count };
    }
  }
  const firstInside = spans.find((s) => s.start >= best.start) ?? { start: len, end: len };
  const start = snapStart(text, best.start, firstInside.start);
  const end = snapEnd(text, start, Math.min(len, best.start + maxChars), firstInside.end);
  return trim(text, start, end);
}

/** Moves a cut that falls inside a word forward to the next word, never past `limit`. */
function snapStart(text: string, start: number, limit: number): number {
  if (start === 0 || SPACE.test(text.charAt(start - 1))) return start;
  for (let i = start; i < limit; i++) if (SPACE.test(text.charAt(i))) return i + 1;
  return limit;
}

/** Moves a cut that falls inside a word back to the previous space, never before `floor`. */
function snapEnd(text: string, start: number, end: number, floor: number): number {
  if (end >= text.length || SPACE.test(text.charAt(end))) return end;
  for (let i = end - 1; i > Math.max(start, floor); i--) if (SPACE.test(text.charAt(i))) return i;
  return end;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return [start, end];
}
