import { dialog, type BrowserWindow } from 'electron';
import { pickedFile, styleFileDialogOptions } from './style-file-dialog-options';

/** The core's pickStyleFile port: a native open dialog for one .csl file. */
export function createStyleFilePicker(deps: { parentWindow: () => BrowserWindow | null; folder: string }): () => Promise<string | null> {
  return async () => {
    const options = styleFileDialogOptions(deps.folder);
    const parent = deps.parentWindow();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return pickedFile(result);
  };
}
