import type { SnippetPart } from '../api/contract';

/** Search snippets arrive as parts; they are rendered as text nodes, never as HTML. */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
