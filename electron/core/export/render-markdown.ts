// GitHub-flavoured markdown from a BriefingDocument. The output depends on the document alone
// (no clock, no locale), so the same briefing always gives the same bytes.
import type { CitationRun } from '../citations/citation-runs';
import type { BriefingDocument } from './build-briefing-document';
import { escapeInline, escapeLineStart, literalLine, literalLines } from './markdown-escape';

/** Citation runs as inline markdown; spaces stay outside emphasis markers, or GFM would not see them. */
export function runsToMarkdown(runs: readonly CitationRun[]): string {
  return runs
    .map((run) => {
      const text = escapeInline(run.text.replace(/\s+/g, ' '));
      const marker = (run.bold ? '**' : '') + (run.italic ? '*' : '');
      if (!marker) return text;
      const m = /^(\s*)(.*?)(\s*)$/.exec(text) as RegExpExecArray;
      return m[2] ? `${m[1]}${marker}${m[2]}${[...marker].reverse().join('')}${m[3]}` : text;
    })
    .join('');
}

/** An analyst comment as markdown, behind its label; the HTML export renders the same text. */
export const commentMarkdown = (comment: string): string => `*Analyst comment:* ${comment.trim()}`;

export function renderMarkdown(doc: BriefingDocument): string {
  const blocks: string[] = [`# ${literalLine(doc.title)}`];
  const byline = [
    doc.author ? `**Author:** ${literalLine(doc.author)}` : '',
    doc.date ? `**Date:** ${literalLine(doc.date)}` : '',
  ].filter(Boolean);
  if (byline.length > 0) blocks.push(byline.join('\\\n'));

  for (const item of doc.items) {
    if (item.type === 'heading') {
      const text = literalLine(item.text);
      if (text) blocks.push(`## ${text}`);
    } else if (item.type === 'text') {
      const markdown = item.markdown.trim();
      if (markdown) blocks.push(markdown);
    } else {
      const lines = literalLines(item.text);
      // "Wow![^1]" would read as an image: a quote ending in "!" keeps it escaped.
      lines[lines.length - 1] = `${(lines[lines.length - 1] as string).replace(/!$/, '\\!')}[^${item.note}]`;
      blocks.push(lines.map((l) => `> ${l}`).join('\n'));
      if (item.comment.trim()) blocks.push(commentMarkdown(item.comment));
    }
  }

  if (doc.notes.length > 0) {
    blocks.push(doc.notes.map((note) => `[^${note.n}]: ${runsToMarkdown(note.runs)}`).join('\n'));
  }
  if (doc.bibliography.length > 0) {
    blocks.push('## Sources', ...doc.bibliography.map((entry) => escapeLineStart(runsToMarkdown(entry.runs))));
  }
  return `${blocks.join('\n\n')}\n`;
}
