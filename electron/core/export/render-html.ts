// A complete, standalone HTML document for a briefing: print stylesheet embedded, a CSP that lets
// nothing load or run, corpus text and metadata escaped, user markdown sanitised.
import type { PaperSize, SnippetPart } from '../../shared/types';
import type { CitationRun } from '../citations/citation-runs';
import type { BriefingDocument, DocumentItem } from './build-briefing-document';
import { escapeHtml } from './escape-html';
import { printStylesheet } from './print-stylesheet';
import { AGREEMENT_INTRO, AGREEMENT_NONE, AGREEMENT_TITLE, commentMarkdown, notesLabel } from './render-markdown';
import { alsoReportedText, type AgreementEntry } from './source-agreement';
import { markdownToSafeHtml } from './sanitize-markdown';

export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const count = (text: string, c: string) => text.split(c).length - 1;

/** A URL less the sentence punctuation after it; a closing bracket goes only if it is unmatched. */
function trimUrl(url: string): string {
  for (;;) {
    const last = url.slice(-1);
    const unmatched = (last === ')' && count(url, '(') < count(url, ')')) || (last === ']' && count(url, '[') < count(url, ']'));
    if (!unmatched && !/[.,;:!?'”’]/.test(last)) return url;
    url = url.slice(0, -1);
  }
}

/** Bare http(s) URLs in a citation become links; punctuation that ends the sentence stays outside. */
function linkify(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = trimUrl(m[0]);
    out += escapeHtml(text.slice(last, m.index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = m.index + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

export function runsToHtml(runs: readonly CitationRun[]): string {
  return runs
    .map((run) => {
      let html = linkify(run.text);
      if (run.smallCaps) html = `<span class="sc">${html}</span>`;
      if (run.bold) html = `<b>${html}</b>`;
      if (run.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join('');
}

function itemHtml(item: DocumentItem): string {
  switch (item.type) {
    case 'heading':
      return item.text.trim() ? `<h2>${escapeHtml(item.text.trim())}</h2>` : '';
    case 'text':
      return item.markdown.trim() ? `<div class="text">${markdownToSafeHtml(item.markdown)}</div>` : '';
    case 'quote': {
      const ref = `<sup class="note-ref"><a href="#note-${item.note}" id="ref-${item.note}">${item.note}</a></sup>`;
      const paragraphs = item.text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      const quoted = (paragraphs.length > 0 ? paragraphs : ['']).map(escapeHtml);
      quoted[quoted.length - 1] += ref;
      const comment = item.comment.trim()
        ? `<div class="comment">${markdownToSafeHtml(commentMarkdown(item.comment))}</div>`
        : '';
      return `<figure class="quote"><blockquote>${quoted.map((p) => `<p>${p}</p>`).join('')}</blockquote>${comment}</figure>`;
    }
  }
}

const excerptHtml = (parts: readonly SnippetPart[]): string => parts.map((p) => (p.match ? `<b class="diff">${escapeHtml(p.text)}</b>` : escapeHtml(p.text))).join('');

/** The appendix: one small table per discrepancy, the quoted paragraph's row marked. */
function agreementHtml(entries: readonly AgreementEntry[]): string {
  const body =
    entries.length === 0
      ? `<p class="intro">${escapeHtml(AGREEMENT_NONE)}</p>`
      : `<p class="intro">${escapeHtml(AGREEMENT_INTRO)}</p>` +
        entries
          .map((e) => {
            const rows = e.values.map((v) => {
              const tag = v.notes.length > 0 ? `<span class="tag">Quoted, ${escapeHtml(notesLabel(v.notes))}</span>` : '';
              return `<tr${v.notes.length > 0 ? ' class="quoted"' : ''}><td class="src">${escapeHtml(v.source)}${tag}</td><td class="pn">${v.paragraphN}</td><td>${excerptHtml(v.excerpt)}</td></tr>`;
            });
            return `<table class="agreement"><caption>${escapeHtml(e.label)}<span class="about">${escapeHtml(notesLabel(e.notes))}</span></caption><thead><tr><th class="src">Source</th><th class="pn">¶</th><th>What it says</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
          })
          .join('\n');
  return `<section class="appendix"><h2 class="section">${escapeHtml(AGREEMENT_TITLE)}</h2>${body}</section>`;
}

export function renderHtml(doc: BriefingDocument, opts: { paper: PaperSize }): string {
  const meta = [doc.author, doc.date].filter(Boolean).map((m) => `<span>${escapeHtml(m)}</span>`);
  const notes = doc.notes.map(
    (note) =>
      `<li id="note-${note.n}"><a class="n" href="#ref-${note.n}">${note.n}.</a><span class="body">${runsToHtml(note.runs)}${
        note.alsoReported && note.alsoReported.length > 0 ? ` <span class="also">${escapeHtml(alsoReportedText(note.alsoReported))}</span>` : ''
      }</span></li>`,
  );
  const sources = doc.bibliography.map((entry) => `<p>${runsToHtml(entry.runs)}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="generator" content="Dossier">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${printStylesheet(opts.paper)}</style>`,
    '</head>',
    '<body>',
    '<header class="title-block">',
    '<p class="kind">Briefing</p>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    meta.length > 0 ? `<p class="meta">${meta.join('')}</p>` : '',
    '</header>',
    '<main>',
    ...doc.items.map(itemHtml),
    '</main>',
    notes.length > 0
      ? `<section class="notes"><h2 class="section">Notes</h2><ol>${notes.join('\n')}</ol></section>`
      : '',
    sources.length > 0 ? `<section class="sources"><h2 class="section">Sources</h2>${sources.join('\n')}</section>` : '',
    doc.agreement ? agreementHtml(doc.agreement) : '',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
