import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './dossier-app';
import { expect, test } from './fixtures';
import { nav, openSource, SOURCE } from './helpers';
import { seedNotebook } from './seed';

const DIR = join(REPO_ROOT, 'e2e/output/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(DIR, `${name}.png`) });
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of every screen (${theme})`, async ({ page, runner }) => {
    const suffix = `${runner === 'electron' ? 'electron-' : ''}${theme}`;
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await nav(page, 'Briefings').click();
    await shoot(page, `briefings-empty-${suffix}`);

    const { briefingId, tagId } = await seedNotebook(page);
    await page.reload();
    await nav(page, 'Sources').click();
    await expect(page.getByRole('link', { name: SOURCE.ndtv.title })).toBeVisible();
    await shoot(page, `sources-${suffix}`);

    await openSource(page, SOURCE.ndtv.title);
    await expect(page.getByRole('button', { name: 'Remove tag S-400 from ¶ 8' })).toBeVisible();
    await page.getByRole('button', { name: 'Tag ¶ 7', exact: true }).click();
    await page.getByRole('combobox', { name: 'Tag ¶ 7' }).fill('s');
    await shoot(page, `reader-${suffix}`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+K');
    await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('military cooperation');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    await shoot(page, `search-${suffix}`);
    await page.keyboard.press('Escape');

    await page.goto(`${page.url().split('#')[0]}#/tags/${tagId}`);
    await expect(page.getByRole('list', { name: 'Tagged paragraphs' }).getByRole('listitem').first()).toBeVisible();
    await shoot(page, `tags-${suffix}`);

    await page.goto(`${page.url().split('#')[0]}#/briefings/${briefingId}`);
    await expect(page.getByRole('list', { name: 'Briefing items' })).toBeVisible();
    await shoot(page, `briefing-${suffix}`);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export briefing' }).getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Show in folder' })).toBeVisible();
    await shoot(page, `export-${suffix}`);
  });
}

test('the sources screen at small and very large window sizes', async ({ page, runner }) => {
  const prefix = runner === 'electron' ? 'electron-' : '';
  await seedNotebook(page);
  await page.reload();
  for (const [w, h] of [
    [1024, 700],
    [2560, 1440],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await expect(page.getByRole('link', { name: SOURCE.ndtv.title })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, `horizontal overflow at ${w}x${h}`).toBe(false);
    await shoot(page, `${prefix}sources-${w}x${h}`);
  }
  await openSource(page, SOURCE.print.title);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shoot(page, `${prefix}reader-1024x700`);
});
