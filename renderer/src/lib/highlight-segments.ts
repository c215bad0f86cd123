import type { SnippetPart } from '../api/contract';

export interface TextSpan {
  start: number;
  end: number;
}

/** A run of text and what it is: a word that differs from the other paragraph, a disputed detail, both or neither. */
export interface Segment {
  text: string;
  diff: boolean;
  detail: boolean;
}

/**
 * Lays the word differences (parts that join back into the text) and the disputed details (UTF-16
 * ranges) over one text. Parts that do not join back into the text are ignored rather than trusted.
 */
export function segmentText(text: string, parts: SnippetPart[] | null, details: TextSpan[]): Segment[] {
  const diffs: TextSpan[] = [];
  if (parts && parts.map((p) => p.text).join('') === text) {
    let at = 0;
    for (const p of parts) {
      if (p.match && p.text.trim()) diffs.push({ start: at, end: at + p.text.length });
      at += p.text.length;
    }
  }
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = details.map((s) => ({ start: clamp(s.start), end: clamp(s.end) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...diffs.flatMap((s) => [s.start, s.end]), ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const inside = (list: TextSpan[], from: number, to: number) => list.some((s) => s.start <= from && to <= s.end);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? 0;
    if (to <= from) continue;
    const seg = { text: text.slice(from, to), diff: inside(diffs, from, to), detail: inside(spans, from, to) };
    const prev = out[out.length - 1];
    if (prev && prev.diff === seg.diff && prev.detail === seg.detail) prev.text += seg.text;
    else out.push(seg);
  }
  return out;
}
