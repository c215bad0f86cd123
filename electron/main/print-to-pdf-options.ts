import type { PrintToPDFOptions } from 'electron';
import { NotebookError } from '../shared/result';
import type { PaperSize } from '../shared/types';

/** Chromium refuses URLs over 2 MiB; base64 grows the HTML by a third, so stay well under. */
export const MAX_PRINT_HTML_BYTES = 1_400_000;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** printToPDF settings: the paper the user chose, backgrounds on, page x / y and the title in the footer. */
export function printToPdfOptions(opts: { paper: PaperSize; title: string }): PrintToPDFOptions {
  const footerStyle = 'font: 8px sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;';
  return {
    pageSize: opts.paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    // An empty header replaces Chromium's default date and URL line.
    headerTemplate: '<span></span>',
    footerTemplate:
      `<div style="${footerStyle}"><span>${escapeHtml(opts.title.slice(0, 200))}</span>` +
      '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
    margins: { marginType: 'custom', top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
    preferCSSPageSize: false,
    generateDocumentOutline: true,
  };
}

/** The print window loads the briefing as a data: URL, the only kind of request its session allows. */
export function htmlToDataUrl(html: string): string {
  const bytes = Buffer.from(html, 'utf8');
  if (bytes.length > MAX_PRINT_HTML_BYTES) {
    throw new NotebookError(
      'IO',
      `This briefing is too large to print to PDF (${bytes.length} bytes of HTML, the limit is ${MAX_PRINT_HTML_BYTES}). Export it as Markdown or HTML instead.`,
    );
  }
  return `data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`;
}

/** Request filter for the print session: data: URLs only, so printing can never reach the network or disk. */
export const isPrintRequestAllowed = (url: string): boolean => url.startsWith('data:');
