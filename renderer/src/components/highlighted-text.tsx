import type { ReactNode } from 'react';
import type { Segment } from '../lib/highlight-segments';

/**
 * Text with its differing words and disputed details marked. Colour is never the only cue: a
 * differing word is also underlined, a disputed detail also boxed and bold (see corroboration.css).
 * A disputed detail stays one box even when only some of its words differ.
 */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!s) continue;
    if (!s.detail) {
      out.push(s.diff ? <mark key={i} className="diff">{s.text}</mark> : <span key={i}>{s.text}</span>);
      continue;
    }
    const run: Segment[] = [];
    let j = i;
    for (let next = segments[j]; next?.detail; next = segments[++j]) run.push(next);
    out.push(
      <mark key={i} className="detail">
        {run.map((r, k) => (r.diff ? <span key={k} className="diff">{r.text}</span> : r.text))}
      </mark>,
    );
    i = j - 1;
  }
  return <>{out}</>;
}
