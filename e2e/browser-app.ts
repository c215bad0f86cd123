// The browser variant: the built renderer in Chromium, with window.notebook backed by the real
// core in this test process over exposeBinding, through the same dispatch main uses for IPC.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openNotebook, type Notebook } from '../electron/core/notebook/open-notebook';
import { dispatch, NOTEBOOK_METHODS } from '../electron/shared/dispatch';
import { CORPUS_DIR, watchPageErrors, type DossierApp } from './dossier-app';

export interface BrowserAppHandle extends DossierApp {
  dispose(): Promise<void>;
}

export async function startBrowserApp(browser: Browser, baseUrl: string, tempDir: string, writableCorpus: boolean): Promise<BrowserAppHandle> {
  const corpusDir = writableCorpus ? join(tempDir, 'corpus') : CORPUS_DIR;
  if (writableCorpus) cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  const dataDir = join(tempDir, 'notebook');
  const cacheDir = join(tempDir, 'cache');
  const exportDir = join(tempDir, 'exports');
  mkdirSync(exportDir, { recursive: true });
  const shown: string[] = [];
  let openDialogFile: string | null = null;
  const open = () =>
    openNotebook({
      dataDir,
      corpusDir,
      cacheDir,
      ports: {
        pickSavePath: async (suggestedName) => join(exportDir, suggestedName),
        showInFolder: async (path) => {
          shown.push(path);
        },
        pickStyleFile: async () => openDialogFile,
      },
    });
  let notebook: Notebook = await open();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  watchPageErrors(page, pageErrors);
  await page.exposeBinding('__dossierInvoke', (_source, method: unknown, payload: unknown) => dispatch(notebook, method, payload));
  await page.addInitScript((methods: string[]) => {
    type Invoke = (method: string, payload: unknown) => Promise<unknown>;
    const api = Object.fromEntries(
      methods.map((m) => [m, (payload?: unknown) => (window as unknown as { __dossierInvoke: Invoke }).__dossierInvoke(m, payload)]),
    );
    Object.defineProperty(window, 'notebook', { value: Object.freeze(api), configurable: false, writable: false });
  }, [...NOTEBOOK_METHODS]);
  await page.goto(baseUrl);

  return {
    page,
    exportDir,
    corpusDir: writableCorpus ? corpusDir : null,
    pageErrors,
    shownInFolder: async () => [...shown],
    async setOpenDialogFile(path) {
      openDialogFile = path;
    },
    async reopen(whileClosed) {
      await notebook.close();
      await whileClosed?.();
      notebook = await open();
      await page.reload();
    },
    async dispose() {
      await context.close();
      await notebook.close();
    },
  };
}
