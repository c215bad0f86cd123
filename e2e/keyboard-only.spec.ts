import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectExportedQuotes } from './export-check';
import { nav, tabTo } from './helpers';

/** Searches with Ctrl+K and opens the first hit with Enter; returns the focused paragraph's id and ¶. */
async function jumpTo(page: Page, query: string): Promise<{ id: string; n: number }> {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox', { name: 'Search the corpus' })).toBeFocused();
  await page.keyboard.type(query);
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const focused = page.locator('li.para:focus');
  await expect(focused).toHaveCount(1);
  const id = ((await focused.getAttribute('id')) ?? '').replace(/^para-/, '');
  return { id, n: Number(/:p(\d+)$/.exec(id)?.[1]) };
}

test('the whole flow with the keyboard only', async ({ page, app }) => {
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();

  // First quote: find it, create a tag from the combobox, and start a briefing.
  const first = await jumpTo(page, 'intergovernmental commission');
  await tabTo(page, page.getByRole('button', { name: `Tag ¶ ${first.n}`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: `Tag ¶ ${first.n}` })).toBeFocused();
  await page.keyboard.type('Keyboard tag');
  await expect(page.getByRole('option', { name: 'Create tag “Keyboard tag”' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Remove tag Keyboard tag from ¶ ${first.n}` })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: `Add to briefing ¶ ${first.n}`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New briefing')).toBeFocused();
  await page.keyboard.type('Keyboard briefing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Second quote, from another source, into the same briefing.
  const second = await jumpTo(page, 'Make in India');
  await tabTo(page, page.getByRole('button', { name: `Add to briefing ¶ ${second.n}`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Keyboard briefing/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();

  // The tag in the Tags view, through the tree.
  await tabTo(page, nav(page, 'Tags'), { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('treeitem', { name: 'Keyboard tag' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Tagged paragraphs' }).getByRole('listitem')).toHaveCount(1);

  // The briefing: reorder, add a text block, export.
  await tabTo(page, nav(page, 'Briefings'), { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: /Keyboard briefing/ }));
  await page.keyboard.press('Enter');
  const items = page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await tabTo(page, page.getByRole('button', { name: 'Move down item 1' }));
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toContainText(`¶ ${first.n}`);
  await expect(page.getByRole('button', { name: 'Move up item 2' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Add text' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Text (Markdown)')).toBeFocused();
  await page.keyboard.type('Typed *without* a mouse.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.markdown em')).toHaveText('without');

  await tabTo(page, page.getByRole('button', { name: 'Export…' }), { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeFocused();
  await tabTo(page, dialog.getByRole('button', { name: 'Export', exact: true }));
  await page.keyboard.press('Enter');
  const saved = dialog.locator('.export-done code');
  await expect(saved).toContainText(app.exportDir);
  const md = await expectExportedQuotes(page, (await saved.textContent()) ?? '', [second.id, first.id]);
  expect(md).toContain('Typed *without* a mouse.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
