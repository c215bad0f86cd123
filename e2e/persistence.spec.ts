import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { nav, nb, openSource, paragraph, SOURCE, tagParagraph } from './helpers';

test('tags, briefings and settings survive closing and reopening the notebook', async ({ page, app }) => {
  await openSource(page, SOURCE.trt.title);
  await tagParagraph(page, 3, 'Kept', 'create');
  await page.getByRole('button', { name: 'Add to briefing ¶ 3', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add ¶ 3 to a briefing' });
  await dialog.getByLabel('New briefing').fill('Survives reload');
  await dialog.getByRole('button', { name: 'Create and add' }).click();
  await expect(paragraph(page, 3).getByRole('link', { name: 'Survives reload' })).toBeVisible();
  await page.getByLabel('Hide boilerplate').check();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await nb(page, 'getSettings')).theme).toBe('dark');

  await app.reopen();

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SOURCE.trt.title);
  await expect(paragraph(page, 3).getByRole('button', { name: 'Remove tag Kept from ¶ 3' })).toBeVisible();
  await expect(page.getByLabel('Hide boilerplate')).toBeChecked();
  await nav(page, 'Briefings').click();
  await page.getByRole('link', { name: /Survives reload/ }).click();
  await expect(page.getByLabel('Briefing title')).toHaveValue('Survives reload');
  await expect(page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem')).toHaveCount(1);
  await nav(page, 'Tags').click();
  await expect(page.getByRole('treeitem', { name: 'Kept' })).toBeVisible();
});

test('a crash-torn save is reported in the status banner after reopening', async ({ page, app }) => {
  const tag = await nb(page, 'createTag', { name: 'Before the crash' });
  const { dataDir } = await nb(page, 'status');
  const journal = readdirSync(dataDir).find((f) => f.endsWith('.journal'));
  expect(journal, `a journal file in ${dataDir}`).toBeTruthy();
  // What a crash in the middle of an append leaves: half a line, no newline.
  await app.reopen(() => appendFileSync(join(dataDir, journal ?? ''), '{"seq":999,"op":{"type":"tag.cre'));

  const banner = page.getByRole('region', { name: 'Notebook status' });
  await expect(banner).toContainText('The last unsaved change was incomplete');
  await nav(page, 'Tags').click();
  await expect(page.getByRole('treeitem', { name: tag.name })).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
});
