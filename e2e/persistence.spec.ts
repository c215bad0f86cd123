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
