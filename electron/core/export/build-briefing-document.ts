// The one intermediate form of an export. Markdown, HTML and PDF are all rendered from a
// BriefingDocument and nothing else, so the three can never disagree about a note or a source.
import { NotebookError } from '../../shared/result';
import type { Briefing, CitationStyleInfo, Paragraph, SourceMeta } from '../../shared/types';
import type { CitationEngine, FormattedText } from '../citations/citation-engine';

export type DocumentItem =
  | { type: 'heading'; text: string }
  /** User markdown, as written. */
  | { type: 'text'; markdown: string }
  | {
      type: 'quote';
      /** The paragraph text, exactly as in the corpus. */
      text: string;
      /** User markdown; empty when there is no comment. */
      comment: string;
      /** 1-based number of this quote's note. */
      note: number;
      sourceId: string;
      paragraphN: number;
    };

export interface DocumentNote extends FormattedText {
  n: number;
}

export interface BibliographyEntry extends FormattedText {
  sourceId: string;
}

export interface BriefingDocument {
  title: string;
  /** Empty when the briefing has no author. */
  author: string;
  /** Display date (e.g. "April 6, 2021"); empty when unknown. */
  date: string;
  style: CitationStyleInfo;
  items: DocumentItem[];
  /** One per quote, numbered in reading order. */
  notes: DocumentNote[];
  /** Each quoted source once, in the style's order; empty if the style has no bibliography. */
  bibliography: BibliographyEntry[];
}

export interface BriefingDocumentInput {
  briefing: Briefing;
  /** Keyed by quote item id; the caller has already checked every quote against the corpus. */
  quotes: Record<string, { paragraph: Paragraph; source: SourceMeta }>;
  styleId: string;
  /** Date shown in the title block (ISO); defaults to the briefing's last change, so output is reproducible. */
  generatedAt?: string;
  citations: CitationEngine;
}

export const UNTITLED_BRIEFING = 'Untitled briefing';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-04-06T10:00:00.000Z" → "April 6, 2021", read from the string so no time zone shifts it. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  const month = m && MONTHS[Number(m[2]) - 1];
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return '';
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

export function buildBriefingDocument(input: BriefingDocumentInput): BriefingDocument {
  const { briefing, quotes } = input;
  const sources = new Map<string, SourceMeta>();
  const cites: { sourceId: string; paragraphN: number }[] = [];
  const items: DocumentItem[] = briefing.items.map((item, index) => {
    if (item.type === 'heading') return { type: 'heading', text: item.text };
    if (item.type === 'text') return { type: 'text', markdown: item.markdown };
    const quote = quotes[item.id];
    if (!quote) {
      throw new NotebookError(
        'BROKEN_QUOTES',
        `Item ${index + 1} of "${briefing.title}" (quote ${item.id}, ${item.paragraphId}) was not resolved to a paragraph.`,
      );
    }
    if (!sources.has(quote.source.id)) sources.set(quote.source.id, quote.source);
    cites.push({ sourceId: quote.source.id, paragraphN: quote.paragraph.n });
    return {
      type: 'quote',
      text: quote.paragraph.text,
      comment: item.comment,
      note: cites.length,
      sourceId: quote.source.id,
      paragraphN: quote.paragraph.n,
    };
  });
  const formatted = input.citations.formatCitations({
    styleId: input.styleId,
    sources: [...sources.values()],
    notes: cites,
  });
  return {
    title: briefing.title.trim() || UNTITLED_BRIEFING,
    author: briefing.author.trim(),
    date: displayDate(input.generatedAt ?? briefing.updatedAt),
    style: formatted.style,
    items,
    notes: formatted.notes.map((note, i) => ({ n: i + 1, ...note })),
    bibliography: formatted.bibliography,
  };
}
