import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './dossier-app';
import { expect, test } from './fixtures';
import { nb, SOURCE } from './helpers';

test.use({ writableCorpus: true });

test('a quote whose corpus text changed is flagged, and export names it', async ({ page, app }) => {
  const quoted = await nb(page, 'getParagraph', { id: `${SOURCE.trt.id}:p3` });
  const b = await nb(page, 'createBriefing', { title: 'Changed under us' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: quoted.id });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.trt.id}:p4` });

  // The corpus is updated while the notebook is closed: the quoted sentence is reworded.
  const corpusDir = app.corpusDir ?? '';
  const file = readdirSync(corpusDir).find((f) => f.endsWith('.txt') && readFileSync(join(corpusDir, f), 'utf8').includes(quoted.text));
  expect(file, 'the corpus file holding the quote').toBeTruthy();
  await app.reopen(() => {
    const path = join(corpusDir, file ?? '');
    writeFileSync(path, readFileSync(path, 'utf8').replace(quoted.text, `${quoted.text.slice(0, -1)}, officials said later.`));
  });
  await page.goto(`${page.url().split('#')[0]}#/briefings/${b.id}`);

  await expect(page.getByText('1 quote in this briefing is broken')).toBeVisible();
  const broken = page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem').first();
  await expect(broken).toContainText('Broken quote.');
  await expect(broken).toContainText(quoted.id);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export briefing' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(`item 1 quotes ¶3 of “${SOURCE.trt.title}”`);
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  expect(readdirSync(app.exportDir)).toEqual([]);
  await page.screenshot({ path: join(REPO_ROOT, 'e2e/output/screenshots/export-broken-quote-light.png') });
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(REPO_ROOT, 'e2e/output/screenshots/briefing-broken-quote-light.png') });

  // Point it at the reworded paragraph: the flag goes and the export goes through.
  await broken.getByRole('button', { name: 'Re-anchor' }).click();
  await expect(broken).toContainText('officials said later.');
  await expect(page.getByText('1 quote in this briefing is broken')).toBeHidden();
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toBeVisible();
});
