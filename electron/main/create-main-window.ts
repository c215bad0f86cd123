import { BrowserWindow } from 'electron';
import type { Rect } from './clamp-bounds';
import { MIN_SIZE } from './clamp-bounds';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Rect;
  maximized: boolean;
  backgroundColor: string;
}

/** The one window factory. Its webPreferences are the security defaults in DESIGN.md. */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...opts.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Dossier',
    backgroundColor: opts.backgroundColor,
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (opts.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  return win;
}
