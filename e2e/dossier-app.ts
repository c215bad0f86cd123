import type { Page } from '@playwright/test';

/** What a spec drives, the same whether the UI runs in Chromium over the test bridge or in Electron. */
export interface DossierApp {
  page: Page;
  /** Where the export save dialog puts files in this test. */
  exportDir: string;
  /** Paths the UI asked to reveal in the file manager. */
  shownInFolder(): Promise<string[]>;
  /** What the native open dialog (Add style file…) answers from now on; null is Cancel. */
  setOpenDialogFile(path: string | null): Promise<void>;
  /**
   * Closes the notebook (or the app) and opens it again on the same data directory, then reloads
   * the UI. `whileClosed` runs in between, e.g. to damage a file the way a crash would.
   */
  reopen(whileClosed?: () => void | Promise<void>): Promise<void>;
  /** A writable copy of the corpus that this test's notebook reads, when the spec asked for one. */
  corpusDir: string | null;
  /** Errors the page raised (uncaught exceptions, CSP violations). */
  pageErrors: string[];
}

export const REPO_ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const CORPUS_DIR = `${REPO_ROOT}/resources/corpus`;

/** Uncaught errors and CSP violations fail the test that caused them. */
export function watchPageErrors(page: Page, into: string[]): void {
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) into.push(`csp: ${msg.text()}`);
  });
}
