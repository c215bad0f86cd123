import { useMemo } from 'react';
import { renderMarkdown } from '../lib/markdown';

/** Shows user markdown after marked + DOMPurify; the raw text never reaches innerHTML. */
export function MarkdownView({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
