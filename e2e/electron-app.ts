// The Electron variant: the real app (dist/main/index.cjs) with its own preload and IPC. The native
// save dialog and the file manager are replaced inside the main process, so specs can run unattended.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { REPO_ROOT, watchPageErrors, type DossierApp } from './dossier-app';

export const ELECTRON_MISSING =
  'Electron binary not installed here (it is downloaded from GitHub, which this machine cannot reach); run these specs where `npx electron --version` works';

/** The Electron executable, or null when only the npm package (types, no binary) is installed. */
export function electronExecutable(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export interface ElectronAppHandle extends DossierApp {
  dispose(): Promise<void>;
}

export async function startElectronApp(executablePath: string, tempDir: string): Promise<ElectronAppHandle> {
  const userDataDir = join(tempDir, 'user-data');
  const exportDir = join(tempDir, 'exports');
  mkdirSync(exportDir, { recursive: true });
  const pageErrors: string[] = [];
  // Kept here too, so a relaunch (reopen) answers the open dialog the same way.
  let openDialogFile: string | null = null;

  const launch = async () => {
    const app = await electron.launch({
      executablePath,
      args: [join(REPO_ROOT, 'dist/main/index.cjs')],
      cwd: REPO_ROOT,
      env: { ...process.env, DOSSIER_USER_DATA_DIR: userDataDir },
    });
    await app.evaluate(({ dialog, shell }, { dir, file }) => {
      const shown: string[] = [];
      const g = globalThis as unknown as { __dossierShown: string[]; __dossierOpenFile: string | null };
      g.__dossierShown = shown;
      g.__dossierOpenFile = file;
      const open = async () => (g.__dossierOpenFile ? { canceled: false, filePaths: [g.__dossierOpenFile] } : { canceled: true, filePaths: [] });
      dialog.showOpenDialog = open as typeof dialog.showOpenDialog;
      const save = async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
        const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop() ?? 'export';
        return { canceled: false, filePath: `${dir}/${name}` };
      };
      dialog.showSaveDialog = save as typeof dialog.showSaveDialog;
      shell.showItemInFolder = (path: string) => {
        shown.push(path);
      };
    }, { dir: exportDir, file: openDialogFile });
    const page = await app.firstWindow();
    watchPageErrors(page, pageErrors);
    await page.waitForLoadState('domcontentloaded');
    return { app, page };
  };

  let current: { app: ElectronApplication; page: DossierApp['page'] } = await launch();
  const handle: ElectronAppHandle = {
    get page() {
      return current.page;
    },
    exportDir,
    // The app reads the corpus it ships with; it has no switch to point it elsewhere.
    corpusDir: null,
    pageErrors,
    shownInFolder: () => current.app.evaluate(() => [...(globalThis as unknown as { __dossierShown: string[] }).__dossierShown]),
    async setOpenDialogFile(path) {
      openDialogFile = path;
      await current.app.evaluate((_electron, file) => {
        (globalThis as unknown as { __dossierOpenFile: string | null }).__dossierOpenFile = file;
      }, path);
    },
    async reopen(whileClosed) {
      // A fresh launch starts at the default screen; return to where the spec was, as a reload would.
      const { hash } = new URL(current.page.url());
      await current.app.close();
      await whileClosed?.();
      current = await launch();
      if (hash) await current.page.evaluate((h) => (window.location.hash = h), hash);
    },
    async dispose() {
      await current.app.close();
    },
  };
  return handle;
}
