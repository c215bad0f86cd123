// The one list of operations. Main registers a handler per key, the preload exposes one
// function per key, and the test bridge implements the same interface over the same core.
import type { Result } from './result';
import type { InputOf } from './schemas';
import type {
  Backlink,
  BackupInfo,
  Briefing,
  BriefingDetail,
  BriefingItem,
  BriefingSummary,
  CitationStyleInfo,
  ClaimPage,
  ClaimView,
  CorroborationState,
  ExportPreview,
  ExportResult,
  NotebookStatus,
  Page,
  Paragraph,
  ParagraphComparison,
  ParagraphCorroboration,
  RelatedParagraph,
  SearchResult,
  Settings,
  Source,
  SourceAnnotations,
  SourceSummary,
  Tag,
  TaggedParagraph,
  TagWithCount,
} from './types';

export interface NotebookApi {
  status(input?: InputOf<'status'>): Promise<NotebookStatus>;

  // Sources
  listSources(input: InputOf<'listSources'>): Promise<Page<SourceSummary>>;
  getSource(input: InputOf<'getSource'>): Promise<Source>;
  getParagraph(input: InputOf<'getParagraph'>): Promise<Paragraph>;
  editSourceDetails(input: InputOf<'editSourceDetails'>): Promise<Source>;
  resetSourceDetails(input: InputOf<'resetSourceDetails'>): Promise<Source>;
  getSourceAnnotations(input: InputOf<'getSourceAnnotations'>): Promise<SourceAnnotations>;

  // Search
  search(input: InputOf<'search'>): Promise<SearchResult>;

  // Tags
  listTags(input?: InputOf<'listTags'>): Promise<TagWithCount[]>;
  createTag(input: InputOf<'createTag'>): Promise<Tag>;
  renameTag(input: InputOf<'renameTag'>): Promise<Tag>;
  recolorTag(input: InputOf<'recolorTag'>): Promise<Tag>;
  /** Nest a tag under a parent (or make it top-level with null). */
  moveTag(input: InputOf<'moveTag'>): Promise<Tag>;
  /** Moves every tagging of `fromId` onto `intoId`, re-parents its children, then deletes it. */
  mergeTags(input: InputOf<'mergeTags'>): Promise<Tag>;
  /** Deletes the tag and its taggings; its children move up to its parent. */
  deleteTag(input: InputOf<'deleteTag'>): Promise<void>;

  // Tagging
  tagParagraph(input: InputOf<'tagParagraph'>): Promise<Tag[]>;
  untagParagraph(input: InputOf<'untagParagraph'>): Promise<Tag[]>;
  tagsForParagraph(input: InputOf<'tagsForParagraph'>): Promise<Tag[]>;
  paragraphsWithTag(input: InputOf<'paragraphsWithTag'>): Promise<Page<TaggedParagraph>>;

  // Briefings
  listBriefings(input?: InputOf<'listBriefings'>): Promise<BriefingSummary[]>;
  createBriefing(input: InputOf<'createBriefing'>): Promise<Briefing>;
  /** Rename, set author or citation style. */
  updateBriefing(input: InputOf<'updateBriefing'>): Promise<Briefing>;
  getBriefing(input: InputOf<'getBriefing'>): Promise<BriefingDetail>;
  deleteBriefing(input: InputOf<'deleteBriefing'>): Promise<void>;
  addQuote(input: InputOf<'addQuote'>): Promise<BriefingItem>;
  addHeading(input: InputOf<'addHeading'>): Promise<BriefingItem>;
  addText(input: InputOf<'addText'>): Promise<BriefingItem>;
  editItem(input: InputOf<'editItem'>): Promise<BriefingItem>;
  moveItem(input: InputOf<'moveItem'>): Promise<void>;
  /** Returns the removed item and its index so the UI can undo with restoreItem. */
  removeItem(input: InputOf<'removeItem'>): Promise<{ item: BriefingItem; index: number }>;
  restoreItem(input: InputOf<'restoreItem'>): Promise<void>;
  /** Points a broken quote at another paragraph (stores its current hash). */
  reanchorQuote(input: InputOf<'reanchorQuote'>): Promise<BriefingItem>;

  // Backlinks
  backlinks(input: InputOf<'backlinks'>): Promise<Backlink[]>;

  // Corroboration
  /** Paragraphs of other sources that report the same statement, best first. */
  relatedParagraphs(input: InputOf<'relatedParagraphs'>): Promise<RelatedParagraph[]>;
  /** The paragraphs of one source that other sources also report (the reader's "Also reported by"). */
  sourceCorroboration(input: InputOf<'sourceCorroboration'>): Promise<ParagraphCorroboration[]>;
  /** Claims carried by at least two sources, most independent sources first. */
  listClaims(input: InputOf<'listClaims'>): Promise<ClaimPage>;
  getClaim(input: InputOf<'getClaim'>): Promise<ClaimView>;
  /** Word-level differences between two paragraphs. */
  compareParagraphs(input: InputOf<'compareParagraphs'>): Promise<ParagraphComparison>;
  /** Whether the links are ready, or how far their build is; starts nothing. For a progress line while the calls above wait. */
  corroborationStatus(input?: InputOf<'corroborationStatus'>): Promise<CorroborationState>;

  // Citations and export
  citeParagraph(input: InputOf<'citeParagraph'>): Promise<{ text: string }>;
  listStyles(input?: InputOf<'listStyles'>): Promise<CitationStyleInfo[]>;
  /**
   * Asks for a .csl file (native open dialog in the app), checks it and keeps a copy in the
   * notebook's styles folder. Null when the user cancels.
   */
  addStyleFile(input?: InputOf<'addStyleFile'>): Promise<CitationStyleInfo | null>;
  /** Deletes a user style; briefings (and the default) that used it switch to the default style. */
  removeStyle(input: InputOf<'removeStyle'>): Promise<{ briefingsRestyled: number; defaultStyle: string }>;
  previewExport(input: InputOf<'previewExport'>): Promise<ExportPreview>;
  /** Asks where to save (native dialog in the app), then writes the file. */
  exportBriefing(input: InputOf<'exportBriefing'>): Promise<ExportResult>;
  showInFolder(input: InputOf<'showInFolder'>): Promise<void>;

  // Settings and data safety
  getSettings(input?: InputOf<'getSettings'>): Promise<Settings>;
  updateSettings(input: InputOf<'updateSettings'>): Promise<Settings>;
  listBackups(input?: InputOf<'listBackups'>): Promise<BackupInfo[]>;
  restoreBackup(input: InputOf<'restoreBackup'>): Promise<NotebookStatus>;
}

export type NotebookMethod = keyof NotebookApi;

/** Channel names are derived, never written out by hand. */
export const channelFor = (method: NotebookMethod): `notebook:${NotebookMethod}` => `notebook:${method}`;

/** What window.notebook looks like: the same methods, returning envelopes (see result.ts). */
export type NotebookBridge = {
  [K in NotebookMethod]: (
    ...args: Parameters<NotebookApi[K]>
  ) => Promise<Result<Awaited<ReturnType<NotebookApi[K]>>>>;
};
