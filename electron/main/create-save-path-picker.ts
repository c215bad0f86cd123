import { existsSync } from 'node:fs';
import { dialog, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../shared/types';
import { saveDialogOptions, withExtension } from './save-dialog-options';

/**
 * The core's pickSavePath port: a native save dialog. Core remembers the last export folder in the
 * notebook settings and passes it in as lastDir, so it is not kept a second time here.
 */
export function createSavePathPicker(deps: {
  parentWindow: () => BrowserWindow | null;
  fallbackDir: string;
}): (suggestedName: string, format: ExportFormat, lastDir: string) => Promise<string | null> {
  return async (suggestedName, format, lastDir) => {
    const folder = lastDir && existsSync(lastDir) ? lastDir : deps.fallbackDir;
    const options = saveDialogOptions(suggestedName, format, folder);
    const parent = deps.parentWindow();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return withExtension(result.filePath, format);
  };
}
