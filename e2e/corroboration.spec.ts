import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './dossier-app';
import { expect, test } from './fixtures';
import { nav, openSource, paragraph, SOURCE, tabTo } from './helpers';

const DESPERATE = { id: 'india-desperate-to-get-s-400', title: 'India desperate to get S-400, what is Russia saying?' };
const LAVROV = /reaffirmed our commitment to military-technical cooperation/;

const claimsList = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
const compareDialog = (page: Page, n: number) => page.getByRole('dialog', { name: `Compare ¶ ${n} with other sources` });

async function openClaims(page: Page): Promise<void> {
  await nav(page, 'Claims').click();
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  // The first listing of a session works out the links across the corpus: give it time.
  await expect(claimsList(page).getByRole('option').first()).toContainText('sources', { timeout: 30_000 });
}

test('Lavrov’s military-technical-cooperation remark is one claim carried by at least three sources', async ({ page }) => {
  await openClaims(page);
  const option = claimsList(page).getByRole('option', { name: LAVROV });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText(/[3-9] sources/);
  await option.click();

  const details = page.getByRole('article', { name: /reaffirmed our commitment/ });
  await expect(details.getByRole('heading', { name: 'Best-sourced paragraph' })).toBeVisible();
  const reports = details.getByRole('list', { name: 'Every report of this claim' }).getByRole('listitem');
  const titles = new Set((await reports.locator('.member-title').allTextContents()).map((t) => t.trim()));
  expect(titles.size, `sources carrying the claim: ${[...titles].join(' | ')}`).toBeGreaterThanOrEqual(3);
  for (const s of [SOURCE.ndtv.title, SOURCE.trt.title, DESPERATE.title]) expect(titles).toContain(s);
  // The Reuters copy is marked, so it does not pass for an original report.
  await expect(reports.filter({ hasText: SOURCE.trt.title }).first()).toContainText('Repeats Reuters wire copy');
  await expect(details.getByText(/\d sources, (all|\d) independent/)).toBeVisible();

  // "Only with discrepancies" narrows the list and flags every claim it keeps.
  const before = await claimsList(page).getByRole('option').count();
  await page.getByRole('checkbox', { name: 'Only with discrepancies' }).check();
  await expect(async () => {
    const flagged = claimsList(page).getByRole('option');
    const n = await flagged.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(before);
    for (const text of await flagged.allTextContents()) expect(text).toContain('Differ on');
  }).toPass();
});

test('the comparison view shows “later in the year” against “next year”, highlighted side by side', async ({ page }) => {
  await openSource(page, SOURCE.ndtv.title);
  const button = paragraph(page, 5).getByRole('button', { name: /^Also reported by \d sources? ¶ 5$/ });
  await expect(button).toBeVisible({ timeout: 30_000 });
  await button.click();
  const dialog = compareDialog(page, 5);
  await expect(dialog).toBeVisible();

  // Choose The other report by keyboard: the tabs follow the arrow keys.
  const tab = dialog.getByRole('tab', { name: new RegExp(`${DESPERATE.title.replace(/[?,]/g, '.')}.*¶ 4`) });
  await expect(dialog.getByRole('tab').first()).toBeFocused();
  for (let i = 0; i < 6 && (await tab.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();

  const panel = dialog.getByRole('tabpanel');
  const left = panel.getByRole('article', { name: `¶ 5 of ${SOURCE.ndtv.title}` });
  const right = panel.getByRole('article', { name: `¶ 4 of ${DESPERATE.title}` });
  await expect(left.locator('mark.detail', { hasText: 'later in the year' })).toBeVisible();
  await expect(right.locator('mark.detail', { hasText: 'next year' })).toBeVisible();
  // Words that differ are marked too, in both paragraphs.
  await expect(left.locator('mark.diff').first()).toBeVisible();
  await expect(right.locator('mark.diff').first()).toBeVisible();
  const row = panel.getByRole('table').getByRole('row', { name: /^Date/ });
  await expect(row.getByRole('cell').nth(0)).toContainText('later in the year');
  await expect(row.getByRole('cell').nth(1)).toContainText('next year');

  // Open the other report in the reader: the dialog closes and the paragraph is shown.
  await panel.getByRole('button', { name: 'Open ¶ 4 in the reader' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DESPERATE.title);
  await expect(paragraph(page, 4)).toBeFocused();
});

test('a paragraph copied from a wire says so in the comparison, and Escape returns to the paragraph', async ({ page }) => {
  await openSource(page, SOURCE.trt.title);
  const button = paragraph(page, 10).getByRole('button', { name: /^Also reported by \d sources ¶ 10$/ });
  await expect(button).toBeVisible({ timeout: 30_000 });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const dialog = compareDialog(page, 10);
  await expect(dialog.getByRole('tabpanel').getByRole('article').first()).toContainText('Repeats Reuters wire copy');
  await expect(dialog.getByRole('tab').first()).toContainText('Same quote');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('a report joined only through its claim is listed, and says how it is joined', async ({ page }) => {
  await openSource(page, SOURCE.print.title);
  const button = paragraph(page, 4).getByRole('button', { name: /^Also reported by \d sources ¶ 4$/ });
  await expect(button).toBeVisible({ timeout: 30_000 });
  await button.click();
  const dialog = compareDialog(page, 4);
  // ThePrint's "going to deepen military and technical cooperation" shares too few words with
  // TRT's "confirmed our determination towards the development of …" to link on its own; the
  // other translations of the remark join them.
  const tab = dialog.getByRole('tab', { name: new RegExp(`${SOURCE.trt.title}.*¶ 3`) });
  await expect(tab).toContainText('through the claim');
  await expect(tab.getByTitle(/Not close enough to this paragraph on its own/)).toBeVisible();
  await expect(dialog.getByRole('tab').first()).toContainText(/\d+% similar/);
  await tab.click();
  await expect(dialog.getByRole('tabpanel')).toContainText('through the claim');
  await shoot(page, 'compare-through-claim');
});

test('add the best-sourced paragraph of a claim to a briefing, by keyboard', async ({ page }) => {
  await openClaims(page);
  const list = claimsList(page);
  await tabTo(page, list);
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  // Find the Lavrov claim with the arrow keys, then open it with Enter.
  for (let i = 0; i < 10; i++) {
    const active = await list.getAttribute('aria-activedescendant');
    if (active && LAVROV.test((await page.locator(`[id="${active}"]`).textContent()) ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option', { name: LAVROV })).toHaveAttribute('aria-selected', 'true');
  const best = (await page.locator('.best-paragraph blockquote').textContent()) ?? '';
  expect(best).toMatch(LAVROV);

  const add = page.getByRole('button', { name: 'Add best-sourced paragraph to briefing' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Add ¶ \d+ of “.+” to a briefing$/ });
  await expect(dialog.getByLabel('New briefing')).toBeFocused();
  await page.keyboard.type('Corroborated');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Open briefing' }).click();

  const items = page.getByRole('list', { name: 'Briefing items' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(best.trim());

  // Export it with the other sources named in its note and the agreement appendix.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  await exportDialog.getByRole('checkbox', { name: /Also reported by/ }).check();
  await exportDialog.getByRole('checkbox', { name: /Source agreement/ }).check();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = exportDialog.locator('.export-done code');
  await expect(saved).toBeVisible();
  const md = readFileSync((await saved.textContent()) ?? '', 'utf8');
  expect(md).toContain(best.trim());
  expect(md).toMatch(/\[\^1\]: .*Also reported by: .*¶/);
  expect(md).toContain('## Source agreement');
});

const SHOTS = join(REPO_ROOT, 'e2e/output/screenshots');
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the Claims view and the comparison view (${theme})`, async ({ page, runner }) => {
    const suffix = `${runner === 'electron' ? 'electron-' : ''}${theme}`;
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openClaims(page);
    await shoot(page, `claims-${suffix}`);
    await claimsList(page).getByRole('option').nth(2).click();
    await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
    await shoot(page, `claim-${suffix}`);
    await claimsList(page).getByRole('option', { name: LAVROV }).click();
    await expect(page.getByRole('heading', { name: 'Every report of this claim' })).toBeVisible();
    await page.locator('.claims-split .split-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shoot(page, `claim-reports-${suffix}`);

    await openSource(page, SOURCE.ndtv.title);
    await paragraph(page, 5).getByRole('button', { name: /^Also reported by/ }).click({ timeout: 30_000 });
    const dialog = compareDialog(page, 5);
    await dialog.getByRole('tab', { name: /¶ 4/ }).click();
    await expect(dialog.getByRole('tabpanel').getByRole('article').nth(1).locator('mark.detail', { hasText: 'next year' })).toBeVisible();
    await shoot(page, `compare-${suffix}`);
    await page.keyboard.press('Escape');
    await shoot(page, `reader-corroboration-${suffix}`);

    if (theme === 'light') {
      await page.setViewportSize({ width: 1024, height: 700 });
      await paragraph(page, 5).getByRole('button', { name: /^Also reported by/ }).click();
      await compareDialog(page, 5).getByRole('tab', { name: /¶ 4/ }).click();
      await shoot(page, `compare-1024x700`);
      await page.keyboard.press('Escape');
      await openClaims(page);
      await claimsList(page).getByRole('option').nth(2).click();
      await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, 'horizontal overflow at 1024x700').toBe(false);
      await shoot(page, `claims-1024x700`);
    }
  });
}

test.describe('with a corpus of one source', () => {
  test.use({ writableCorpus: true });

  test('the Claims view tells a first-time user what claims are, and the reader offers no comparison', async ({ page, app }) => {
    const manifest = join(app.corpusDir ?? '', 'manifest.json');
    await app.reopen(() => {
      const m = JSON.parse(readFileSync(manifest, 'utf8')) as { sources: unknown[] };
      writeFileSync(manifest, JSON.stringify({ ...m, sources: m.sources.slice(0, 1) }));
    });
    await nav(page, 'Claims').click();
    const empty = page.getByText('No claims yet');
    await expect(empty).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/lists here the statements that two or more sources report/)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Only with discrepancies' })).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await shoot(page, `claims-empty-${theme}`);
    }
    await openSource(page, SOURCE.ndtv.title);
    await expect(paragraph(page, 5)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Also reported by/ })).toHaveCount(0);
  });
});
