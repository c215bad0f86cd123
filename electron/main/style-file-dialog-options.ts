import type { OpenDialogOptions } from 'electron';

/** Options for the native open dialog of Settings → Citation style → Add style file…: one .csl file. */
export function styleFileDialogOptions(folder: string): OpenDialogOptions {
  return {
    title: 'Add a citation style',
    buttonLabel: 'Add style',
    defaultPath: folder,
    filters: [
      { name: 'CSL citation styles', extensions: ['csl'] },
      // Styles downloaded from some sites arrive as .xml.
      { name: 'XML files', extensions: ['xml'] },
    ],
    properties: ['openFile'],
  };
}

/** The one picked file, or null when the dialog was cancelled. */
export function pickedFile(result: { canceled: boolean; filePaths: string[] }): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
