// Wires corpus, store, search and citations into one NotebookApi. Main, the CLI and the e2e
// bridge all open the notebook here, so they run the same core with the same checks.
import { join } from 'node:path';
import type { NotebookApi, NotebookMethod } from '../../shared/api';
import { NOTEBOOK_METHODS } from '../../shared/dispatch';
import { NotebookError } from '../../shared/result';
import type { StoreNotice } from '../../shared/types';
import { parseInput } from '../../shared/validate';
import { createCitationEngine } from '../citations/citation-engine';
import { loadCorpus } from '../corpus/load-corpus';
import { createCorroborationLoader } from '../corroboration/corroboration-loader';
import type { PdfPrinter } from '../export/pdf-printer';
import { createSearchIndex, type SearchIndex } from '../search/search-index';
import { openStore } from '../store/open-store';
import { briefingsService } from './briefings-service';
import { corroborationService } from './corroboration-service';
import { exportService } from './export-service';
import { settingsService } from './settings-service';
import { stylesService } from './styles-service';
import type { Impl, NotebookContext, NotebookPorts } from './notebook-context';
import { notebookStoreOptions } from './notebook-store-options';
import { reanchorAll } from './reanchor-all';
import { sourcesService } from './sources-service';
import { TaggingIndex } from './tagging-index';
import { tagsService } from './tags-service';

export interface OpenNotebookOptions {
  dataDir: string;
  corpusDir: string;
  /** The bundled CSL styles (resources/styles); default: found from the source tree. */
  stylesDir?: string;
  /** Where the persisted search index and the corpus cache live; default `<dataDir>/cache`. */
  cacheDir?: string;
  /** Reads only: takes no lock and changes nothing of the notebook (CLI read commands); caches may still be refreshed. */
  readOnly?: boolean;
  ports?: NotebookPorts;
  now?: () => Date;
}

export interface Notebook extends NotebookApi {
  /** Loads the search index now rather than at the first search. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export async function openNotebook(opts: OpenNotebookOptions): Promise<Notebook> {
  const now = opts.now ?? (() => new Date());
  const cacheDir = opts.cacheDir ?? join(opts.dataDir, 'cache');
  // Side by side: the corpus cache and the notebook file are read at the same time.
  const [loaded, opened] = await Promise.allSettled([
    // A read-only open writes the cache too, as the search index does: it is not the user's data.
    loadCorpus(opts.corpusDir, { cacheDir }),
    openStore(notebookStoreOptions(opts.dataDir, { readOnly: opts.readOnly, now })),
  ]);
  if (loaded.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.close();
    throw loaded.reason;
  }
  if (opened.status === 'rejected') throw opened.reason;
  const corpus = loaded.value;
  const store = opened.value;

  let queue: Promise<unknown> = Promise.resolve();
  let searchIndex: Promise<SearchIndex> | null = null;
  const corroboration = createCorroborationLoader({ corpus, corpusDir: opts.corpusDir, cacheDir });
  let ownPrinter: Promise<PdfPrinter> | null = null;
  const ctx: NotebookContext = {
    dataDir: opts.dataDir,
    corpusDir: opts.corpusDir,
    readOnly: opts.readOnly ?? false,
    corpus,
    store,
    citations: createCitationEngine({
      userStylesDir: join(opts.dataDir, 'styles'),
      ...(opts.stylesDir ? { builtinStylesDir: opts.stylesDir } : {}),
    }),
    taggings: new TaggingIndex(store.state.taggings),
    ports: opts.ports ?? {},
    now,
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      if (ctx.readOnly) {
        return Promise.reject(new NotebookError('LOCKED', 'This notebook was opened read-only; changes are not allowed.'));
      }
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    search() {
      searchIndex ??= (async () => {
        const index = createSearchIndex({ cacheDir, fingerprint: corpus.fingerprint });
        await index.open(() => corpus.allParagraphs());
        return index;
      })();
      return searchIndex;
    },
    corroboration() {
      // Built (or loaded from its cache) in a worker on first use; a failed attempt is retried by the next call.
      return corroboration.get();
    },
    corroborationState() {
      return corroboration.state();
    },
    pdfPrinter() {
      if (opts.ports?.pdfPrinter) return Promise.resolve(opts.ports.pdfPrinter);
      ownPrinter ??= import('../export/pdf-printer').then(({ createChromiumPdfPrinter }) => createChromiumPdfPrinter({}));
      return ownPrinter;
    },
  };

  const notices: StoreNotice[] = [...store.notices];
  if (!ctx.readOnly) notices.push(...(await reanchorAll(ctx)));

  const impl: { [K in NotebookMethod]: Impl<K> } = {
    ...sourcesService(ctx),
    ...tagsService(ctx),
    ...briefingsService(ctx),
    ...exportService(ctx),
    ...corroborationService(ctx),
    ...settingsService(ctx, notices),
    ...stylesService(ctx),
  };

  let closed = false;
  const api = {} as Record<NotebookMethod, (input: unknown) => Promise<unknown>>;
  for (const method of NOTEBOOK_METHODS) {
    const fn = impl[method] as (input: unknown) => Promise<unknown>;
    api[method] = async (input: unknown) => {
      if (closed) throw new NotebookError('INTERNAL', 'The notebook is closed.');
      return fn(parseInput(method, input));
    };
  }

  return Object.assign(api as unknown as NotebookApi, {
    async warm() {
      await ctx.search();
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await Promise.allSettled([
        searchIndex?.then((s) => s.close()),
        corroboration.close(),
        ownPrinter?.then((p) => p.close()),
      ]);
      await store.close();
    },
  });
}
