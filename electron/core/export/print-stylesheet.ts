// The look of an exported briefing: a printed report, not a web page. The font stacks name fonts
// that cover every character of the corpus (curly quotes, dashes, ellipses, NBSP): Noto Serif and
// Noto Sans (Debian fonts-noto-core), then DejaVu (fonts-dejavu-core), then what Windows and macOS have.
import type { PaperSize } from '../../shared/types';

export const SERIF_STACK = `"Noto Serif", "DejaVu Serif", Georgia, Cambria, "Times New Roman", serif`;
export const SANS_STACK = `"Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif`;

/** Page margins; the PDF footer (page n / N) is drawn inside the bottom one. */
export const PAGE_MARGINS = { top: '20mm', right: '22mm', bottom: '22mm', left: '22mm' } as const;

const PAGE_SIZE: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

export function printStylesheet(paper: PaperSize): string {
  const m = PAGE_MARGINS;
  return `
@page { size: ${PAGE_SIZE[paper]}; margin: ${m.top} ${m.right} ${m.bottom} ${m.left}; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1a1a1a; background: #fff; font-family: ${SERIF_STACK};
  font-size: 10.5pt; line-height: 1.45; hyphens: manual; font-kerning: normal; }
a { color: inherit; text-decoration: none; }
.title-block { border-bottom: 1.5pt solid #1a1a1a; padding-bottom: 9pt; margin-bottom: 16pt; }
.kind { font-family: ${SANS_STACK}; font-size: 8pt; letter-spacing: 0.14em; text-transform: uppercase;
  color: #555; margin: 0 0 6pt; }
h1 { font-size: 20pt; line-height: 1.2; font-weight: 700; margin: 0 0 8pt; }
.meta { font-family: ${SANS_STACK}; font-size: 9pt; color: #333; margin: 0; }
.meta span + span::before { content: "\\00B7"; margin: 0 0.6em; color: #888; }
h2 { font-size: 12.5pt; line-height: 1.3; font-weight: 700; margin: 18pt 0 6pt;
  break-after: avoid-page; page-break-after: avoid; }
h2.section { font-family: ${SANS_STACK}; font-size: 9pt; letter-spacing: 0.14em; text-transform: uppercase;
  color: #333; border-top: 0.75pt solid #999; padding-top: 6pt; margin-top: 22pt; }
p { margin: 0 0 7pt; orphans: 3; widows: 3; }
.text h1, .text h2, .text h3, .text h4, .text h5, .text h6 { font-size: 11pt; margin: 10pt 0 4pt; }
.text ul, .text ol, .comment ul, .comment ol { margin: 0 0 7pt; padding-left: 16pt; }
.text blockquote { margin: 0 0 7pt 12pt; font-style: italic; }
.text code, .comment code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 9pt; }
.text pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 9pt; }
.text table { border-collapse: collapse; margin: 0 0 7pt; }
.text th, .text td { border: 0.5pt solid #999; padding: 2pt 5pt; text-align: left; vertical-align: top; }
.text img, .comment img { max-width: 100%; }
/* A long quote may run over a page, but never leaves fewer than three lines on either side,
   and its comment stays with its end. */
.quote { margin: 9pt 0 11pt; }
.quote blockquote { margin: 0; padding: 1pt 0 1pt 12pt; border-left: 2pt solid #8a8a8a; }
.quote blockquote p { margin: 0; orphans: 3; widows: 3; }
.note-ref { font-size: 0.72em; line-height: 0; vertical-align: super; margin-left: 1pt; }
.comment { margin: 5pt 0 0 14pt; font-family: ${SANS_STACK}; font-size: 9pt; line-height: 1.45; color: #333;
  break-before: avoid-page; page-break-before: avoid; }
.comment > :last-child { margin-bottom: 0; }
.comment > p:first-child > em:first-child { font-weight: 700; }
.comment p { margin: 0 0 4pt; }
.notes ol { list-style: none; margin: 0; padding: 0; }
.notes li { display: flex; gap: 6pt; font-size: 9pt; line-height: 1.4; margin: 0 0 3pt;
  break-inside: avoid; page-break-inside: avoid; }
.notes .n { flex: 0 0 2.2em; text-align: right; }
.notes .body, .sources p { overflow-wrap: anywhere; }
.sources p { font-size: 9pt; line-height: 1.4; padding-left: 2.2em; text-indent: -2.2em; margin: 0 0 4pt;
  break-inside: avoid; page-break-inside: avoid; }
.sc { font-variant: small-caps; }
.notes .also { color: #444; }
/* Source agreement: a ruled table per discrepancy, kept whole on a page when it fits. */
.appendix { break-before: page; page-break-before: always; }
.appendix > h2.section:first-child { margin-top: 0; }
.appendix .intro { font-family: ${SANS_STACK}; font-size: 9pt; color: #333; margin: 0 0 8pt; }
table.agreement { width: 100%; border-collapse: collapse; margin: 0 0 12pt; font-size: 9pt; line-height: 1.4;
  break-inside: avoid; page-break-inside: avoid; }
table.agreement caption { caption-side: top; text-align: left; font-family: ${SANS_STACK}; font-weight: 700;
  font-size: 9pt; padding: 0 0 3pt; }
table.agreement caption .about { font-weight: 400; color: #555; margin-left: 0.6em; }
table.agreement th { font-family: ${SANS_STACK}; font-size: 7.5pt; font-weight: 600; letter-spacing: 0.08em;
  text-transform: uppercase; color: #555; text-align: left; border-bottom: 0.75pt solid #1a1a1a; padding: 2pt 6pt 3pt 0; }
table.agreement td { vertical-align: top; border-bottom: 0.5pt solid #c8c8c8; padding: 4pt 6pt 4pt 0; }
table.agreement .src { width: 30%; }
table.agreement .pn { width: 2.2em; text-align: right; padding-right: 10pt; }
table.agreement tr.quoted td { background: #f3f3f3; }
table.agreement .tag { display: block; font-family: ${SANS_STACK}; font-size: 7.5pt; color: #555; margin-top: 1pt; }
.diff { font-weight: 700; background: #e4e4e4; }
`;
}
