// The data that crosses the contract. Plain JSON only: no classes, no Dates.

export const PARAGRAPH_KINDS = ['title', 'standfirst', 'byline', 'body', 'caption', 'boilerplate'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface Paragraph {
  /** `<sourceId>:p<n>` */
  id: string;
  sourceId: string;
  /** 1-based position in reading order: the ¶ locator of a citation. */
  n: number;
  text: string;
  /** Short sha-256 (hex) of the whitespace-normalised text. */
  hash: string;
  kind: ParagraphKind;
}

/** Bibliographic details. Empty string means "not shown by the text"; never guessed. */
export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  author: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  published: string;
  /** Only if known; empty otherwise. */
  url: string;
  language: string;
}

export type SourceDetailsPatch = Partial<Omit<SourceMeta, 'id'>>;

export interface SourceSummary extends SourceMeta {
  paragraphCount: number;
  taggedCount: number;
  /** True when the user has edited any detail. */
  edited: boolean;
}

export interface Source extends SourceMeta {
  edited: boolean;
  paragraphs: Paragraph[];
}

export type SourceSortKey = 'title' | 'outlet' | 'published' | 'taggedCount';

export interface Page<T> {
  total: number;
  items: T[];
}

export interface Tag {
  id: string;
  name: string;
  /** CSS hex colour, #rrggbb. */
  color: string;
  parentId: string | null;
  createdAt: string;
}

export interface TagWithCount extends Tag {
  /** Paragraphs tagged with this tag itself. */
  count: number;
}

export interface Tagging {
  paragraphId: string;
  hash: string;
  tagId: string;
  createdAt: string;
}

/** How a stored reference (paragraphId + hash) matches today's corpus. */
export type AnchorStatus = 'ok' | 'reanchored' | 'broken';

export interface SourceRef {
  id: string;
  title: string;
  outlet: string;
  published: string;
}

export interface TaggedParagraph {
  paragraph: Paragraph;
  source: SourceRef;
  status: AnchorStatus;
}

export interface HeadingItem {
  id: string;
  type: 'heading';
  text: string;
}

export interface TextItem {
  id: string;
  type: 'text';
  /** User markdown: rendered with marked and sanitised wherever it reaches a DOM. */
  markdown: string;
}

export interface QuoteItem {
  id: string;
  type: 'quote';
  paragraphId: string;
  hash: string;
  comment: string;
}

export type BriefingItem = HeadingItem | TextItem | QuoteItem;

export interface Briefing {
  id: string;
  title: string;
  author: string;
  /** Citation style id ("chicago", "apa", or a user style id). */
  style: string;
  createdAt: string;
  updatedAt: string;
  items: BriefingItem[];
}

export interface BriefingSummary {
  id: string;
  title: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  itemCount: number;
  quoteCount: number;
}

/** A quote item with what it points at today. */
export interface ResolvedQuote {
  status: AnchorStatus;
  /** Null only when broken. */
  paragraph: Paragraph | null;
  source: SourceRef | null;
}

export interface BriefingDetail extends Briefing {
  /** Keyed by quote item id. */
  quotes: Record<string, ResolvedQuote>;
}

export interface Backlink {
  briefingId: string;
  briefingTitle: string;
  itemId: string;
}

/** Everything the reader needs to annotate one source, in one call. */
export interface SourceAnnotations {
  /** paragraphId → tag ids */
  tags: Record<string, string[]>;
  /** paragraphId → briefings quoting it */
  backlinks: Record<string, Backlink[]>;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  paragraphId: string;
  sourceId: string;
  n: number;
  kind: ParagraphKind;
  source: SourceRef;
  /** Structured, never HTML: the UI renders parts as text. */
  snippet: SnippetPart[];
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export type Theme = 'system' | 'light' | 'dark';
export type PaperSize = 'a4' | 'letter';
export type ExportFormat = 'md' | 'html' | 'pdf';

export interface Settings {
  theme: Theme;
  hideBoilerplate: boolean;
  defaultStyle: string;
  paper: PaperSize;
  lastExportDir: string;
}

export interface ExportResult {
  /** Where the file was written, or null when the user cancelled. */
  path: string | null;
  format: ExportFormat;
  bytes: number;
}

export interface ExportPreview {
  format: 'md' | 'html';
  suggestedName: string;
  content: string;
}

export interface CitationStyleInfo {
  id: string;
  name: string;
  builtin: boolean;
}

/** What happened when the notebook was opened; the UI tells the user. */
export interface StoreNotice {
  kind:
    | 'recovered-from-backup'
    | 'corrupt-no-backup'
    | 'journal-torn-tail'
    | 'lock-taken-over'
    | 'references-reanchored'
    | 'references-broken';
  message: string;
  /** Where the bad file was moved, if any. */
  movedTo?: string;
  restoredFrom?: string;
}

export interface NotebookStatus {
  dataDir: string;
  corpusDir: string;
  sourceCount: number;
  paragraphCount: number;
  notices: StoreNotice[];
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}
