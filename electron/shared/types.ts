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

// Corroboration: which other sources report the same statement, and where they differ.

/** 'quote': the same direct quotation (translation and wording variants allowed); 'paraphrase': the same fact. */
export type LinkKind = 'quote' | 'paraphrase';

export interface RelatedParagraph {
  paragraph: Paragraph;
  source: SourceRef;
  kind: LinkKind;
  /** 0..1; through a claim, the weakest link of the chain that joins the two. */
  score: number;
  /** 'link': compared and found alike; 'claim': in one claim with it, joined through other members. */
  via: 'link' | 'claim';
}

/** Per paragraph of one source that other sources also report. */
export interface ParagraphCorroboration {
  paragraphId: string;
  /** Distinct other sources with a linked paragraph. */
  otherSources: number;
  /** The claim the paragraph belongs to, or null. */
  claimId: string | null;
}

export interface ClaimMemberView {
  paragraph: Paragraph;
  source: SourceRef;
  /** The wire agency the source credits ("Reuters"), or null. */
  wire: string | null;
  /** An earlier member of another source with (near) identical text, or null. */
  copyOf: string | null;
  /** True when the member repeats a wire: its source credits one, or it copies another member. */
  wireCopy: boolean;
  /** Members sharing a group count as one independent source. */
  group: number;
}

export type DiscrepancyType = 'number' | 'date' | 'amount' | 'name' | 'attribution';

export interface DiscrepancyValueView {
  paragraphId: string;
  sourceId: string;
  /** The words as the paragraph writes them. */
  text: string;
  /** What they were read as ("2021", "$5,200,000,000"). */
  value: string;
  /** UTF-16 ranges in the paragraph's text to highlight. */
  spans: { start: number; end: number }[];
}

export interface DiscrepancyView {
  type: DiscrepancyType;
  values: DiscrepancyValueView[];
}

export type EarliestUncertainty = 'undated-sources' | 'same-day' | 'no-dates';

export interface ClaimView {
  id: string;
  /** By date (undated last), then corpus order. */
  members: ClaimMemberView[];
  /** Distinct sources carrying the claim. */
  sourceCount: number;
  /** Sources that report it independently: one per wire, one per group of copies. */
  independentSources: number;
  /** The earliest dated report. */
  earliestParagraphId: string;
  /** Why the earliest report is uncertain, or null. */
  earliestUncertainty: EarliestUncertainty | null;
  /** The paragraph to quote: an original report (not a wire copy), linked to most other members, earliest first. */
  bestParagraphId: string;
  discrepancies: DiscrepancyView[];
}

/**
 * A page of claims. With `discrepanciesOnly`, the claims are checked for discrepancies in the
 * background, and the list holds those found so far: `checkedClaims` of `totalClaims` (the
 * claims the filter looks at) are checked, and the list is complete once the two are equal.
 */
export interface ClaimPage extends Page<ClaimView> {
  checkedClaims?: number;
  totalClaims?: number;
}

/**
 * What corroboration is doing. The links across the corpus are found on first use (minutes the
 * first time at 10,000 articles, then seconds from their cache), away from the calls that
 * answer everything else; the corroboration calls wait for them.
 */
export interface CorroborationState {
  /** 'idle': not started yet; 'failed': the last attempt failed, and the next corroboration call tries again. */
  state: 'idle' | 'building' | 'ready' | 'failed';
  /**
   * While building: reading the corpus, loading the saved links, finding the links (the long
   * part of a first build), saving them, grouping them into claims. Null otherwise.
   */
  step: 'corpus' | 'cache' | 'links' | 'saving' | 'claims' | null;
  /** Milliseconds since this build started; 0 unless building. */
  elapsedMs: number;
  /** Why the last attempt failed, or null. */
  error: string | null;
}

/** Two paragraphs as parts that join back into their exact texts; `match: true` marks a differing word. */
export interface ParagraphComparison {
  a: SnippetPart[];
  b: SnippetPart[];
}
