import path from 'node:path';
import { resolveStylesDir } from '../core/citations/resolve-styles-dir';
import { resolveCorpusDir } from '../core/corpus/resolve-corpus-dir';
import type { OpenNotebookOptions } from '../core/notebook/open-notebook';

export interface AppPaths {
  /** app.getPath('userData'). */
  userData: string;
  /** The project folder (from source) or app.asar (packaged). */
  appRoot: string;
  /** process.resourcesPath, only when packaged. */
  resourcesPath?: string;
}

/** Where the app keeps the notebook and finds the bundled corpus and styles. Ports are added by the caller. */
export function appNotebookOptions(paths: AppPaths): Omit<OpenNotebookOptions, 'ports'> {
  const resources = paths.resourcesPath ? { resourcesPath: paths.resourcesPath } : {};
  return {
    dataDir: path.join(paths.userData, 'notebook'),
    // Not "Cache": Chromium owns that folder name in userData, and macOS and Windows ignore case.
    cacheDir: path.join(paths.userData, 'notebook-cache'),
    corpusDir: resolveCorpusDir({ appRoot: paths.appRoot, ...resources }),
    stylesDir: resolveStylesDir({ appRoot: paths.appRoot, ...resources }),
  };
}
