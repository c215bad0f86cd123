import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nav, nb, openSource, SOURCE } from './helpers';

/** What the Electron menu does through the preload. */
const command = (page: Page, detail: string) =>
  page.evaluate((d) => window.dispatchEvent(new CustomEvent('dossier:command', { detail: d })), detail);

test('menu commands: find, toggle theme, new briefing, export', async ({ page }) => {
  await command(page, 'find');
  await expect(page.getByRole('searchbox', { name: 'Search the corpus' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();

  const before = await page.locator('html').getAttribute('data-theme');
  await command(page, 'toggle-theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  await expect.poll(async () => (await nb(page, 'getSettings')).theme).toBe(before === 'dark' ? 'light' : 'dark');

  await command(page, 'export');
  await expect(page.getByRole('alert')).toContainText('Open a briefing first');

  await command(page, 'new-briefing');
  await expect(page.getByLabel('Briefing title')).toHaveValue('Untitled briefing');
  await command(page, 'export');
  await expect(page.getByRole('dialog', { name: 'Export briefing' })).toBeVisible();
});

test('copy citation, and delete with undo', async ({ page, app }) => {
  await openSource(page, SOURCE.trt.title);
  await page.getByRole('button', { name: 'Copy citation ¶ 3', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Citation copied');
  if (app.page.context().browser()) {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/(para\.|¶)\s*3\b/);
  }

  const b = await nb(page, 'createBriefing', { title: 'Undo check' });
  await nb(page, 'addHeading', { briefingId: b.id, text: 'First' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.trt.id}:p3` });
  await page.reload();
  await nav(page, 'Briefings').click();
  await page.getByRole('link', { name: /Undo check/ }).click();
  const items = page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete item 1' }).click();
  await expect(items).toHaveCount(1);
  await page.getByRole('status', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Heading' })).toHaveValue('First');

});
