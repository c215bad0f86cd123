import path from 'node:path';
import { app, shell, type BrowserWindow } from 'electron';
import { resolveCorpusDir } from '../core/corpus/resolve-corpus-dir';
import { openNotebook, type Notebook } from '../core/notebook/open-notebook';
import { createSavePathPicker } from './create-save-path-picker';
import type { ElectronPdfPrinter } from './electron-pdf-printer';

/** Opens the user's notebook with the app's native ports: save dialog, file manager, printToPDF. */
export function openAppNotebook(deps: {
  appRoot: string;
  printer: ElectronPdfPrinter;
  parentWindow: () => BrowserWindow | null;
}): Promise<Notebook> {
  const userData = app.getPath('userData');
  return openNotebook({
    dataDir: path.join(userData, 'notebook'),
    // Not "Cache": Chromium owns that folder name in userData, and macOS and Windows ignore case.
    cacheDir: path.join(userData, 'notebook-cache'),
    corpusDir: resolveCorpusDir({
      appRoot: deps.appRoot,
      ...(app.isPackaged ? { resourcesPath: process.resourcesPath } : {}),
    }),
    ports: {
      pickSavePath: createSavePathPicker({ parentWindow: deps.parentWindow, fallbackDir: app.getPath('documents') }),
      showInFolder: async (file) => shell.showItemInFolder(file),
      pdfPrinter: deps.printer,
    },
  });
}
