// GitHub-flavoured markdown from a BriefingDocument. The output depends on the document alone
// (no clock, no locale), so the same briefing always gives the same bytes.
import type { CitationRun } from '../citations/citation-runs';
import type { SnippetPart } from '../../shared/types';
import type { BriefingDocument, DocumentNote } from './build-briefing-document';
import { escapeInline, escapeLineStart, literalLine, literalLines } from './markdown-escape';
import { alsoReportedText, type AgreementEntry } from './source-agreement';

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

const noteMarkdown = (note: DocumentNote): string =>
  runsToMarkdown(note.runs) + (note.alsoReported && note.alsoReported.length > 0 ? ` ${escapeInline(alsoReportedText(note.alsoReported))}` : '');

export const AGREEMENT_TITLE = 'Source agreement';
export const AGREEMENT_INTRO = 'Where another source that reports a quoted statement says something different. The differing words are marked.';
export const AGREEMENT_NONE = 'No other source that reports a quoted statement differs from it on a date, number, amount, name or attribution.';

export const notesLabel = (notes: readonly number[]): string => `${notes.length > 1 ? 'notes' : 'note'} ${notes.join(', ')}`;

/** A table cell: one line, pipes escaped, the differing words in bold (spaces outside the markers). */
function cellMarkdown(parts: readonly SnippetPart[]): string {
  return parts
    .map((p) => {
      const text = escapeInline(p.text.replace(/\s+/g, ' '));
      const m = /^(\s*)(.*?)(\s*)$/.exec(text) as RegExpExecArray;
      return p.match && m[2] ? `${m[1]}**${m[2]}**${m[3]}` : text;
    })
    .join('')
    .trim();
}

function agreementMarkdown(entries: readonly AgreementEntry[]): string[] {
  if (entries.length === 0) return [`## ${AGREEMENT_TITLE}`, AGREEMENT_NONE];
  const blocks = [`## ${AGREEMENT_TITLE}`, `*${AGREEMENT_INTRO}*`];
  for (const e of entries) {
    const rows = e.values.map((v) => {
      const source = escapeInline(v.source) + (v.notes.length > 0 ? ` — quoted, ${notesLabel(v.notes)}` : '');
      return `| ${source} | ${v.paragraphN} | ${cellMarkdown(v.excerpt)} |`;
    });
    blocks.push(`### ${literalLine(`${e.label}, ${notesLabel(e.notes)}`)}`, ['| Source | ¶ | What it says |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  return blocks;
}

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
    blocks.push(doc.notes.map((note) => `[^${note.n}]: ${noteMarkdown(note)}`).join('\n'));
  }
  if (doc.bibliography.length > 0) {
    blocks.push('## Sources', ...doc.bibliography.map((entry) => escapeLineStart(runsToMarkdown(entry.runs))));
  }
  if (doc.agreement) blocks.push(...agreementMarkdown(doc.agreement));
  return `${blocks.join('\n\n')}\n`;
}
