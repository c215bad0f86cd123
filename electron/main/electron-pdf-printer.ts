import { BrowserWindow, session, type Session } from 'electron';
import type { PaperSize } from '../shared/types';
import { hardenSession } from './harden-session';
import { htmlToDataUrl, isPrintRequestAllowed, printToPdfOptions } from './print-to-pdf-options';

/**
 * Prints export HTML to PDF in a hidden window that is kept warm between exports. The window runs
 * with JavaScript off, no preload, in its own in-memory session whose only allowed requests are
 * data: URLs, so the (already sanitised) briefing HTML cannot run code or fetch anything.
 */
export class ElectronPdfPrinter {
  private readonly ses: Session;
  private window: BrowserWindow | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor() {
    this.ses = session.fromPartition('dossier-print', { cache: false });
    hardenSession(this.ses);
    this.ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }));
  }

  /** Creates the hidden window ahead of the first export, so that export does not wait for it. */
  warm(): void {
    if (!this.closed) this.ensureWindow();
  }

  print(html: string, opts: { paper: PaperSize; title: string }): Promise<Uint8Array> {
    // One page at a time: the window holds one document.
    const job = this.queue.then(async () => {
      if (this.closed) throw new Error('The PDF printer is closed');
      const url = htmlToDataUrl(html);
      const win = this.ensureWindow();
      await win.webContents.loadURL(url);
      const pdf = await win.webContents.printToPDF(printToPdfOptions(opts));
      // Drop the document so the next print starts clean and memory is released.
      await win.webContents.loadURL('data:text/html,');
      return new Uint8Array(pdf);
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = null;
  }

  private ensureWindow(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const win = new BrowserWindow({
      show: false,
      width: 800,
      height: 1100,
      webPreferences: {
        session: this.ses,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        backgroundThrottling: false,
        // A middle click would otherwise try to open a link in a new window.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    win.webContents.on('render-process-gone', () => {
      if (this.window === win) this.window = null;
      if (!win.isDestroyed()) win.destroy();
    });
    this.window = win;
    return win;
  }
}
