// One `test` for both projects: "chromium" runs the built renderer over the real core through the
// test bridge; "electron" runs the packaged main process, and skips when no Electron binary exists.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser } from '@playwright/test';
import { startBrowserApp } from './browser-app';
import { REPO_ROOT, type DossierApp } from './dossier-app';
import { electronExecutable, ELECTRON_MISSING, startElectronApp } from './electron-app';
import { startStaticServer, type StaticServer } from './static-server';

export type Runner = 'browser' | 'electron';

interface WorkerFixtures {
  runner: Runner;
  dossierBrowser: Browser | null;
  rendererServer: StaticServer | null;
}

interface TestFixtures {
  /** Give the test its own copy of the corpus to change (browser runner only). */
  writableCorpus: boolean;
  app: DossierApp;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  runner: ['browser', { option: true, scope: 'worker' }],

  dossierBrowser: [
    async ({ runner, playwright, launchOptions }, use) => {
      if (runner !== 'browser') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  rendererServer: [
    async ({ runner }, use) => {
      if (runner !== 'browser') return use(null);
      const server = await startStaticServer(join(REPO_ROOT, 'dist/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  writableCorpus: [false, { option: true }],

  app: async ({ runner, dossierBrowser, rendererServer, writableCorpus }, use, testInfo) => {
    const tempDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    let handle: (DossierApp & { dispose(): Promise<void> }) | undefined;
    try {
      if (runner === 'electron') {
        const exe = electronExecutable();
        testInfo.skip(!exe, ELECTRON_MISSING);
        testInfo.skip(writableCorpus, 'The app reads only its bundled corpus; changing the corpus is tested in the chromium project.');
        handle = await startElectronApp(exe as string, tempDir);
      } else {
        if (!dossierBrowser || !rendererServer) throw new Error('The browser runner needs a browser and the renderer server.');
        handle = await startBrowserApp(dossierBrowser, rendererServer.url, tempDir, writableCorpus);
      }
      await use(handle);
      expect(handle.pageErrors, 'the page raised errors').toEqual([]);
    } finally {
      await handle?.dispose();
      rmSync(tempDir, { recursive: true, force: true });
    }
  },

  page: async ({ app }, use) => {
    await use(app.page);
  },
});

export { expect };
