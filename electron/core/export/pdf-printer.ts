// The PDF port, and its implementation for the CLI and tests: a headless Chromium that Playwright
// drives. (The app implements the same port with webContents.printToPDF.) The export HTML is
// printed with JavaScript off and every request refused except data: URLs.
import type { Browser, BrowserContext } from 'playwright-core';
import { NotebookError } from '../../shared/result';
import type { PaperSize } from '../../shared/types';
import { PAGE_MARGINS, SANS_STACK } from './print-stylesheet';
import { escapeHtml } from './escape-html';

export interface PdfPrinter {
  print(html: string, opts: { paper: PaperSize; title: string }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PAPER_FORMAT: Record<PaperSize, string> = { a4: 'A4', letter: 'Letter' };

/** Chromium fills the pageNumber/totalPages spans; the template cannot use the page's fonts or styles. */
export function pdfFooterTemplate(title: string): string {
  const style = `font-family:${SANS_STACK.replace(/"/g, "'")};font-size:7.5pt;color:#555;`;
  return (
    `<div style="${style}width:100%;margin:0 ${PAGE_MARGINS.right} 0 ${PAGE_MARGINS.left};display:flex;justify-content:space-between;">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:75%;">${escapeHtml(title)}</span>` +
    '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  );
}

export interface ChromiumPdfPrinterOptions {
  /** Default: $DOSSIER_CHROMIUM, else /usr/bin/chromium. */
  executablePath?: string;
}

/** Launches Chromium on the first print and keeps it warm: one browser, a new page per print. */
export function createChromiumPdfPrinter(opts: ChromiumPdfPrinterOptions = {}): PdfPrinter {
  const executablePath = opts.executablePath || process.env.DOSSIER_CHROMIUM || DEFAULT_CHROMIUM;
  let started: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  let closed = false;

  const start = async () => {
    // Loaded on first use: the app never needs Playwright, and it is not small.
    const { chromium } = await import('playwright-core');
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    } catch (e) {
      throw new NotebookError(
        'IO',
        `Could not start Chromium at ${executablePath} to print the PDF (set DOSSIER_CHROMIUM to another path): ${(e as Error).message.split('\n')[0]}`,
      );
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
    );
    return { browser, context };
  };

  return {
    async print(html, { paper, title }) {
      if (closed) throw new NotebookError('INTERNAL', 'The PDF printer was closed.');
      let context: BrowserContext;
      try {
        let running = await (started ??= start());
        // If Chromium died since the last print, start a new one rather than fail from now on.
        if (!running.browser.isConnected()) running = await (started = start());
        ({ context } = running);
      } catch (e) {
        started = null;
        throw e;
      }
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: PAPER_FORMAT[paper],
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: pdfFooterTemplate(title),
          margin: PAGE_MARGINS,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close();
      }
    },

    async close() {
      closed = true;
      const running = started;
      started = null;
      if (!running) return;
      const { browser } = await running.catch(() => ({ browser: null }));
      await browser?.close();
    },
  };
}
