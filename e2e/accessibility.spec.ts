import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nav, openSource, SOURCE } from './helpers';
import { seedNotebook } from './seed';

// The light pass runs every WCAG A/AA and best-practice rule; the dark pass only the colour rules,
// since structure and names do not change with the theme (and a full pass costs seconds per screen).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const dark = await page.evaluate(() => document.documentElement.dataset.theme === 'dark');
  const builder = new AxeBuilder({ page });
  const result = await (dark ? builder.withRules(COLOUR_RULES) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await expectNoSeriousViolations(page, 'empty sources');
    await nav(page, 'Tags').click();
    await expectNoSeriousViolations(page, 'empty tags');
    await nav(page, 'Briefings').click();
    await expectNoSeriousViolations(page, 'empty briefings');

    const { briefingId, tagId } = await seedNotebook(page);
    await page.reload();
    await expectNoSeriousViolations(page, 'sources');

    await openSource(page, SOURCE.ndtv.title);
    await expectNoSeriousViolations(page, 'reader');
    await page.getByRole('button', { name: 'Tag ¶ 8', exact: true }).click();
    await page.getByRole('combobox', { name: 'Tag ¶ 8' }).fill('S');
    await expectNoSeriousViolations(page, 'tag combobox');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add to briefing ¶ 8', exact: true }).click();
    await expectNoSeriousViolations(page, 'add to briefing dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Edit source details' }).click();
    await expectNoSeriousViolations(page, 'edit source details');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+K');
    await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('S-400');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    await expectNoSeriousViolations(page, 'search');
    await page.keyboard.press('Escape');

    await page.goto(`${page.url().split('#')[0]}#/tags/${tagId}`);
    await expect(page.getByRole('list', { name: 'Tagged paragraphs' }).getByRole('listitem').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'tags');

    await page.goto(`${page.url().split('#')[0]}#/briefings/${briefingId}`);
    await expect(page.getByRole('list', { name: 'Briefing items' })).toBeVisible();
    await expectNoSeriousViolations(page, 'briefing editor');
    await page.getByRole('button', { name: 'Export…' }).click();
    await expectNoSeriousViolations(page, 'export dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Settings…' }).click();
    await expectNoSeriousViolations(page, 'settings dialog');
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const restore = page.getByRole('dialog', { name: 'Restore from backup' });
    await restore.getByRole('radio').first().check();
    await expectNoSeriousViolations(page, 'restore from backup dialog');
    await restore.getByRole('button', { name: 'Restore…' }).click();
    await expectNoSeriousViolations(page, 'restore confirmation');
  });
}

// Corroboration screens in their own test: the full pass above is already near the time limit.
for (const theme of ['light', 'dark'] as const) {
  test(`the Claims view and the comparison view pass axe (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await nav(page, 'Claims').click();
    const claims = page.getByRole('listbox', { name: 'Claims' });
    await expect(claims.getByRole('option').first()).toContainText('sources', { timeout: 30_000 });
    await expectNoSeriousViolations(page, 'claims');
    await claims.getByRole('option').nth(2).click();
    await expect(page.getByRole('heading', { name: 'Where the sources disagree' })).toBeVisible();
    await expectNoSeriousViolations(page, 'claim details');
    await page.getByRole('checkbox', { name: 'Only with discrepancies' }).check();
    await expectNoSeriousViolations(page, 'claims with discrepancies');

    await openSource(page, SOURCE.ndtv.title);
    await page.getByRole('button', { name: /^Also reported by \d sources ¶ 5$/ }).click();
    const compare = page.getByRole('dialog', { name: 'Compare ¶ 5 with other sources' });
    await compare.getByRole('tab', { name: /¶ 4/ }).click();
    await expect(compare.getByRole('tabpanel').locator('mark.detail').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'comparison dialog');
  });
}
