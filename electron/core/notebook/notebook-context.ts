// What the service modules share. open-notebook wires it once.
import type { NotebookApi, NotebookMethod } from '../../shared/api';
import type { ParsedOf } from '../../shared/schemas';
import type { CorroborationState, ExportFormat, Paragraph, SourceMeta, SourceRef } from '../../shared/types';
import { NotebookError } from '../../shared/result';
import type { CitationEngine } from '../citations/citation-engine';
import type { Corpus } from '../corpus/corpus';
import type { Corroboration } from '../corroboration/create-corroboration';
import type { PdfPrinter } from '../export/pdf-printer';
import type { SearchIndex } from '../search/search-index';
import type { Store } from '../store/store';
import type { NotebookData } from './notebook-data';
import type { NotebookOp } from './notebook-ops';
import type { TaggingIndex } from './tagging-index';

/** The outside world, injected: the app gives native dialogs, tests and the CLI give their own. */
export interface NotebookPorts {
  pickSavePath?(suggestedName: string, format: ExportFormat, lastDir: string): Promise<string | null>;
  showInFolder?(path: string): Promise<void>;
  /** Asks the user for a .csl style file; null when they cancel. */
  pickStyleFile?(): Promise<string | null>;
  pdfPrinter?: PdfPrinter;
}

export interface NotebookContext {
  dataDir: string;
  corpusDir: string;
  /** Opened without the lock: every change is refused. */
  readOnly: boolean;
  corpus: Corpus;
  store: Store<NotebookData, NotebookOp>;
  /** Opened on first use (or warmed at start by the app): loading it is the slow part of a cold start. */
  search(): Promise<SearchIndex>;
  /** Links and claims across sources: loaded from its cache (or built) in a worker on first use. */
  corroboration(): Promise<Corroboration>;
  /** How far that is, without starting it. */
  corroborationState(): CorroborationState;
  citations: CitationEngine;
  taggings: TaggingIndex;
  ports: NotebookPorts;
  now: () => Date;
  /** Runs check-then-commit sections one at a time, so checks see every earlier write. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** A PDF printer: the injected one, or one started on first use. */
  pdfPrinter(): Promise<PdfPrinter>;
}

/** Service modules implement methods over parsed input; open-notebook parses before calling. */
export type Impl<K extends NotebookMethod> = (input: ParsedOf<K>) => ReturnType<NotebookApi[K]>;
export type ImplOf<K extends NotebookMethod> = { [M in K]: Impl<M> };

export const nowIso = (ctx: NotebookContext) => ctx.now().toISOString();

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

export function sourceMeta(ctx: NotebookContext, id: string): SourceMeta {
  const entry = ctx.corpus.getSource(id);
  if (!entry) throw new NotebookError('NOT_FOUND', `No source with id "${id}" in the corpus.`);
  const edits = ctx.store.state.sourceEdits[id];
  return edits ? { ...entry.meta, ...edits, id } : entry.meta;
}

export function sourceRef(ctx: NotebookContext, id: string): SourceRef {
  const m = sourceMeta(ctx, id);
  return { id: m.id, title: m.title, outlet: m.outlet, published: m.published };
}

export function requireParagraph(ctx: NotebookContext, id: string): Paragraph {
  const p = ctx.corpus.getParagraph(id);
  if (!p) {
    const sourceId = id.slice(0, id.lastIndexOf(':p'));
    const entry = ctx.corpus.getSource(sourceId);
    throw new NotebookError(
      'NOT_FOUND',
      entry
        ? `No paragraph "${id}": source "${sourceId}" has ${entry.paragraphs.length} paragraphs.`
        : `No paragraph "${id}": there is no source "${sourceId}" in the corpus.`,
    );
  }
  return p;
}
