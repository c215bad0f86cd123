// Search as the user types it, in the renderer: for each benchmark query, the box holds all but its
// last character (with those results shown), then the last key is pressed; the figure is the time
// from that keydown to the paint of the results for the whole query. The floor is the same search
// over the bridge with its snippets put in the DOM as plain text.
import type { Page } from 'playwright-core';
import type { NotebookApi } from '../electron/shared/api';
import type { BridgeCall, NotebookBridgeHandle } from './install-notebook-bridge';
import { sampleParagraphs } from './bench-search';
import { armKeystroke, searchPlain } from './renderer-probes';
import { buildQueries } from './search-queries';

const SEARCH_BOX = { name: 'Search the corpus' };

export interface TypingResult {
  app: number[];
  plain: number[];
  queries: number;
  /** The bridge calls behind the measured keystrokes (not the floor's). */
  calls: BridgeCall[];
}

/** The same 200 queries as the core search benchmark (same sample, same seed), or the first `count`. */
export async function typingQueries(nb: NotebookApi, count: number): Promise<string[]> {
  const queries = buildQueries(await sampleParagraphs(nb, 7), 11);
  return queries.map((q) => q.text.trim()).filter((t) => t.length >= 2).slice(0, count);
}

export async function measureSearchTyping(page: Page, bridge: NotebookBridgeHandle, queries: readonly string[]): Promise<TypingResult> {
  await page.evaluate(() => (window.location.hash = '#/sources'));
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', SEARCH_BOX);
  await box.waitFor();
  const app: number[] = [];
  const plain: number[] = [];
  const calls: BridgeCall[] = [];
  for (const query of queries) {
    const before = query.slice(0, -1);
    await box.fill(before);
    if (before.trim() !== '') {
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-count')?.dataset.query === q, before.trim());
    }
    await page.evaluate(armKeystroke, query);
    bridge.take();
    await page.keyboard.type(query.slice(-1));
    app.push(await page.evaluate(() => window.__bench.keystroke as Promise<number>));
    calls.push(...bridge.take());
    plain.push(await page.evaluate(searchPlain, query));
  }
  await page.keyboard.press('Escape');
  return { app, plain, queries: queries.length, calls };
}
