import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { nb } from './helpers';

/** Markdown escapes undone: what a reader of the rendered file sees. */
const unescape = (md: string) => md.replace(/\\(.)/g, '$1');

/**
 * Reads an exported Markdown file and checks that each expected quote appears, in order, as a
 * block quote whose text is exactly the corpus paragraph, with a footnote that cites its ¶.
 */
export async function expectExportedQuotes(page: Page, path: string, paragraphIds: string[]): Promise<string> {
  const md = readFileSync(path, 'utf8');
  const quotes = [...md.matchAll(/^> (.*)\[\^(\d+)\]$/gm)].map((m) => ({ text: unescape(m[1] ?? ''), note: m[2] ?? '' }));
  expect(quotes, `quotes in ${path}`).toHaveLength(paragraphIds.length);
  for (const [i, id] of paragraphIds.entries()) {
    const para = await nb(page, 'getParagraph', { id });
    const quote = quotes[i];
    expect(quote?.text, `quote ${i + 1} is the corpus text of ${id}`).toBe(para.text.replace(/\s+/g, ' ').trim());
    const note = new RegExp(`^\\[\\^${quote?.note}\\]: (.+)$`, 'm').exec(md)?.[1] ?? '';
    expect(note, `footnote ${quote?.note} cites ¶ ${para.n}`).toMatch(new RegExp(`(para\\.|¶)\\s*${para.n}\\b`));
  }
  expect(md).toMatch(/^## Sources$/m);
  return md;
}
