import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { ExportFormat } from '../shared/types';

const FILTERS: Readonly<Record<ExportFormat, { name: string; extensions: string[] }>> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** Options for the native save dialog, opening in the folder the user last exported to. */
export function saveDialogOptions(suggestedName: string, format: ExportFormat, folder: string): SaveDialogOptions {
  return {
    title: 'Export briefing',
    buttonLabel: 'Export',
    defaultPath: path.join(folder, withExtension(path.basename(suggestedName), format)),
    filters: [FILTERS[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Linux dialogs do not add the filter's extension, so a name typed without one gets it here. */
export function withExtension(filePath: string, format: ExportFormat): string {
  return path.extname(filePath).toLowerCase() === `.${format}` ? filePath : `${filePath}.${format}`;
}
