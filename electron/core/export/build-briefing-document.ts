// The one intermediate form of an export. Markdown, HTML and PDF are all rendered from a
// BriefingDocument and nothing else, so the three can never disagree about a note or a source.
import { NotebookError } from '../../shared/result';
import type { Briefing, CitationStyleInfo, Paragraph, SourceMeta } from '../../shared/types';
import type { CitationEngine, FormattedText } from '../citations/citation-engine';
import type { CorroborationForExport } from './corroboration-for-export';
import { displayDate } from './display-date';
import { alsoReportedBy, sourceAgreement, type AgreementEntry, type AlsoReportedBy } from './source-agreement';

export { displayDate };

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
  /** With the "Also reported by" option: the other sources that report the quote (may be empty). */
  alsoReported?: AlsoReportedBy[];
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
  /** With the "Source agreement" option: where other sources differ from the quotes (may be empty). */
  agreement?: AgreementEntry[];
}

export interface BriefingDocumentInput {
  briefing: Briefing;
  /** Keyed by quote item id; the caller has already checked every quote against the corpus. */
  quotes: Record<string, { paragraph: Paragraph; source: SourceMeta }>;
  styleId: string;
  /** Date shown in the title block (ISO); defaults to the briefing's last change, so output is reproducible. */
  generatedAt?: string;
  citations: CitationEngine;
  /** The corroboration options, with what they need, gathered by corroborationForExport. */
  corroboration?: { data: CorroborationForExport; alsoReported: boolean; agreement: boolean };
}

export const UNTITLED_BRIEFING = 'Untitled briefing';

export function buildBriefingDocument(input: BriefingDocumentInput): BriefingDocument {
  const { briefing, quotes } = input;
  const sources = new Map<string, SourceMeta>();
  const cites: { sourceId: string; paragraphN: number; itemId: string; paragraphId: string }[] = [];
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
    cites.push({ sourceId: quote.source.id, paragraphN: quote.paragraph.n, itemId: item.id, paragraphId: quote.paragraph.id });
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
    notes: cites.map(({ sourceId, paragraphN }) => ({ sourceId, paragraphN })),
  });
  const extra = input.corroboration;
  return {
    title: briefing.title.trim() || UNTITLED_BRIEFING,
    author: briefing.author.trim(),
    date: displayDate(input.generatedAt ?? briefing.updatedAt),
    style: formatted.style,
    items,
    notes: formatted.notes.map((note, i) => ({
      n: i + 1,
      ...note,
      ...(extra?.alsoReported ? { alsoReported: alsoReportedBy(extra.data.related[cites[i]?.itemId ?? ''] ?? []) } : {}),
    })),
    bibliography: formatted.bibliography,
    ...(extra?.agreement ? { agreement: sourceAgreement(extra.data, cites.map((c, i) => ({ paragraphId: c.paragraphId, note: i + 1 }))) } : {}),
  };
}
