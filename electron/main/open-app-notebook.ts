import { app, shell, type BrowserWindow } from 'electron';
import { openNotebook, type Notebook } from '../core/notebook/open-notebook';
import { appNotebookOptions } from './app-notebook-options';
import { createSavePathPicker } from './create-save-path-picker';
import { createStyleFilePicker } from './create-style-file-picker';
import type { ElectronPdfPrinter } from './electron-pdf-printer';

/** Opens the user's notebook with the app's native ports: save and open dialogs, file manager, printToPDF. */
export function openAppNotebook(deps: {
  appRoot: string;
  printer: ElectronPdfPrinter;
  parentWindow: () => BrowserWindow | null;
}): Promise<Notebook> {
  return openNotebook({
    ...appNotebookOptions({
      userData: app.getPath('userData'),
      appRoot: deps.appRoot,
      ...(app.isPackaged ? { resourcesPath: process.resourcesPath } : {}),
    }),
    ports: {
      pickSavePath: createSavePathPicker({ parentWindow: deps.parentWindow, fallbackDir: app.getPath('documents') }),
      showInFolder: async (file) => shell.showItemInFolder(file),
      pickStyleFile: createStyleFilePicker({ parentWindow: deps.parentWindow, folder: app.getPath('downloads') }),
      pdfPrinter: deps.printer,
    },
  });
}
