import { expect, test } from './fixtures';
import { expectExportedQuotes } from './export-check';
import { nav, nb, openSource, paragraph, SOURCE, tagParagraph } from './helpers';

test('tag, collect, reorder and export a cited briefing', async ({ page, app }) => {
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();

  // Tag two paragraphs of one source: the first with a tag created from the combobox.
  await openSource(page, SOURCE.ndtv.title);
  await tagParagraph(page, 8, 'Arms deals', 'create');
  await page.getByRole('button', { name: 'Tag ¶ 10', exact: true }).click();
  await page.getByRole('combobox', { name: 'Tag ¶ 10' }).fill('arms');
  // Autocomplete offers the existing tag first, and creating "arms" only as the last resort.
  const options = page.getByRole('listbox', { name: 'Tags' }).getByRole('option');
  await expect(options.first()).toHaveText('Arms deals');
  await expect(options.last()).toHaveText('Create tag “arms”');
  await page.getByRole('option', { name: 'Arms deals' }).click();
  await expect(paragraph(page, 10).getByRole('button', { name: 'Remove tag Arms deals from ¶ 10' })).toBeVisible();

  // The Tags view lists both paragraphs under the tag.
  await nav(page, 'Tags').click();
  await page.getByRole('treeitem', { name: 'Arms deals' }).click();
  const tagged = page.getByRole('list', { name: 'Tagged paragraphs' }).getByRole('listitem');
  await expect(tagged).toHaveCount(2);
  await expect(tagged.first()).toContainText('¶ 8');

  // Select both and put them into a new briefing.
  await page.getByRole('checkbox', { name: /Select ¶ 8 of/ }).check();
  await page.getByRole('checkbox', { name: /Select ¶ 10 of/ }).check();
  await page.getByRole('button', { name: 'Add 2 selected paragraphs to briefing' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add 2 paragraphs to a briefing' });
  await addDialog.getByLabel('New briefing').fill('S-400 delivery');
  await addDialog.getByRole('button', { name: 'Create and add' }).click();
  await expect(addDialog).toBeHidden();

  // A third quote from a second source, into the existing briefing.
  await openSource(page, SOURCE.print.title);
  await page.getByRole('button', { name: 'Add to briefing ¶ 9', exact: true }).click();
  await page.getByRole('dialog', { name: 'Add ¶ 9 to a briefing' }).getByRole('button', { name: /S-400 delivery/ }).click();
  await expect(paragraph(page, 9).getByRole('link', { name: 'S-400 delivery' })).toBeVisible();

  // Open the briefing from the backlink and reorder: ¶ 9 moves up, then drag ¶ 8 to the end.
  await paragraph(page, 9).getByRole('link', { name: 'S-400 delivery' }).click();
  const items = page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await page.getByRole('button', { name: 'Move up item 3' }).click();
  await expect(items.nth(1)).toContainText('India, Russia firm on S-400');
  const last = await items.nth(2).boundingBox();
  await items.nth(0).locator('.drag-handle').dragTo(items.nth(2), { targetPosition: { x: 40, y: (last?.height ?? 40) - 8 } });
  await expect(items.nth(2)).toContainText('¶ 8');
  await expect(items.nth(0)).toContainText('India, Russia firm on S-400');

  // A text block and a comment.
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByLabel('Text (Markdown)').fill('Delivery is **due in December**.');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.markdown strong')).toHaveText('due in December');
  await page.getByLabel('Analyst comment').first().fill('Moscow offers local manufacture.');
  await page.getByLabel('Analyst comment').first().blur();
  await expect
    .poll(async () => {
      const [briefing] = await nb(page, 'listBriefings');
      const detail = await nb(page, 'getBriefing', { id: briefing?.id ?? '' });
      return detail.items.map((i) => (i.type === 'quote' ? i.comment : i.type));
    })
    .toEqual(['Moscow offers local manufacture.', '', '', 'text']);

  // Export to Markdown.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = dialog.locator('.export-done code');
  await expect(saved).toContainText(app.exportDir);
  const path = (await saved.textContent()) ?? '';
  const md = await expectExportedQuotes(page, path, [`${SOURCE.print.id}:p9`, `${SOURCE.ndtv.id}:p10`, `${SOURCE.ndtv.id}:p8`]);
  expect(md).toContain('Delivery is **due in December**.');
  expect(md).toContain('Moscow offers local manufacture.');

  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.shownInFolder()).toEqual([path]);
});
