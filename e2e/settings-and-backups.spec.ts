// Settings (citation styles added from .csl files) and Restore from backup, through the real UI.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './dossier-app';
import { expect, test } from './fixtures';
import { nav, nb, SOURCE } from './helpers';

const SHOTS = join(REPO_ROOT, 'e2e/output/screenshots');
const CHICAGO = readFileSync(join(REPO_ROOT, 'resources/styles/dossier-chicago-notes.csl'), 'utf8');

/** The bundled Chicago style renamed, printing "¶" where Chicago prints "para.", so its use shows in the export. */
function writePilcrowStyle(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'pilcrow-notes.csl');
  writeFileSync(
    path,
    CHICAGO.replace('<title>Chicago (notes and bibliography, Dossier)</title>', '<title>Pilcrow notes (test)</title>')
      .replace('urn:dossier:style:dossier-chicago-notes', 'urn:test:style:pilcrow-notes')
      .replace('<single>para.</single>', '<single>¶</single>'),
  );
  return path;
}

const openSettings = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
};

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Yesterday's backup: the closed notebook as it is now, under the name and time rotation gives it. */
function addYesterdaysBackup(dataDir: string): void {
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  const file = join(dataDir, 'backups', `notebook-${localDay(yesterday)}.json`);
  copyFileSync(join(dataDir, 'notebook.json'), file);
  utimesSync(file, yesterday, yesterday);
}

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('a .csl file added in Settings is offered for a briefing and used by its Markdown export', async ({ page, app }, testInfo) => {
  const files = testInfo.outputPath('styles');
  await app.setOpenDialogFile(writePilcrowStyle(files));
  const b = await nb(page, 'createBriefing', { title: 'Pilcrow briefing' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.ndtv.id}:p8` });

  const settings = await openSettings(page);
  const styles = settings.getByRole('list', { name: 'Citation styles' });
  await expect(styles.getByRole('listitem')).toHaveCount(2);
  await settings.getByRole('button', { name: 'Add style file…' }).click();
  await expect(styles.getByRole('listitem').filter({ hasText: 'Pilcrow notes (test)' })).toContainText('Added');
  await expect(settings.getByRole('status')).toContainText('Added “Pilcrow notes (test)”.');
  await expect(settings.getByLabel('Default style for new briefings').getByRole('option', { name: 'Pilcrow notes (test)' })).toBeAttached();
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();

  await page.goto(`${page.url().split('#')[0]}#/briefings/${b.id}`);
  await page.getByLabel('Citation style', { exact: true }).selectOption({ label: 'Pilcrow notes (test)' });
  await expect.poll(async () => (await nb(page, 'getBriefing', { id: b.id })).style).toBe('pilcrow-notes');
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(exportDialog.getByLabel('Citation style')).toHaveValue('pilcrow-notes');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByRole('button', { name: 'Show in folder' })).toBeVisible();
  const md = readFileSync(join(app.exportDir, 'Pilcrow-briefing.md'), 'utf8');
  expect(md).toMatch(/^\[\^1\]: .*¶ 8\.$/m);
  expect(md).not.toMatch(/para\. 8/);
});

test('a broken .csl file is refused with a message naming the file and the fault', async ({ page, app }, testInfo) => {
  const broken = testInfo.outputPath('broken.csl');
  mkdirSync(testInfo.outputPath(), { recursive: true });
  writeFileSync(broken, '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>Half a style</title>');
  await app.setOpenDialogFile(broken);
  const settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Add style file…' }).click();
  await expect(settings.getByRole('alert')).toContainText('"broken.csl" is not a usable CSL style: it is not well-formed XML');
  await expect(settings.getByRole('list', { name: 'Citation styles' }).getByRole('listitem')).toHaveCount(2);
  await shoot(page, 'settings-broken-style-light');

  // Cancelling the open dialog adds nothing and says nothing.
  await app.setOpenDialogFile(null);
  await settings.getByRole('button', { name: 'Add style file…' }).click();
  await expect(settings.getByRole('button', { name: 'Add style file…' })).toBeEnabled();
  await expect(settings.getByRole('alert')).toHaveCount(0);
});

test('a user style can be removed; a briefing that used it moves to the default style', async ({ page, app }, testInfo) => {
  await app.setOpenDialogFile(writePilcrowStyle(testInfo.outputPath('styles')));
  const settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Add style file…' }).click();
  await expect(settings.getByRole('button', { name: 'Remove style Pilcrow notes (test)' })).toBeVisible();
  const b = await nb(page, 'createBriefing', { title: 'Uses pilcrow' });
  await nb(page, 'updateBriefing', { id: b.id, style: 'pilcrow-notes' });

  await settings.getByRole('button', { name: 'Remove style Pilcrow notes (test)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove “Pilcrow notes (test)”?' });
  await expect(confirm).toContainText('Briefings that use it switch to Chicago');
  await confirm.getByRole('button', { name: 'Remove style' }).click();
  await expect(settings.getByRole('list', { name: 'Citation styles' }).getByRole('listitem')).toHaveCount(2);
  await expect(settings.getByRole('status')).toHaveText(/^Removed “Pilcrow notes \(test\)”\. 1 briefing now uses Chicago/);
  expect((await nb(page, 'getBriefing', { id: b.id })).style).toBe('chicago');
});

test('Restore from backup lists the backups newest first and brings back an earlier notebook', async ({ page, app }) => {
  const early = await nb(page, 'createTag', { name: 'From yesterday' });
  const { dataDir } = await nb(page, 'status');
  const backups = join(dataDir, 'backups');
  await app.reopen(() => addYesterdaysBackup(dataDir));
  await nb(page, 'deleteTag', { id: early.id });
  await nb(page, 'createTag', { name: 'Made today' });
  await page.reload();

  const settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog).toContainText(join(dataDir, 'backups'));
  const options = dialog.getByRole('group', { name: 'Backups, newest first' }).getByRole('radio');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAccessibleName(new RegExp(`Daily backup .* notebook-${localDay(new Date())}\\.json`));
  await expect(options.nth(1)).toHaveAccessibleName(new RegExp(`Daily backup .* notebook-${localDay(new Date(Date.now() - 24 * 3600 * 1000))}\\.json`));
  await expect(dialog.getByRole('button', { name: 'Restore…' })).toBeDisabled();
  await options.nth(1).check();
  await dialog.getByRole('button', { name: 'Restore…' }).click();
  const confirm = dialog.getByRole('region', { name: 'Confirm restore' });
  await expect(confirm).toContainText('Replace your notebook with the backup from');
  await expect(confirm).toContainText('your current notebook, with every change saved so far, is kept as a new backup');
  await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Replace my notebook' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status', { name: 'Notifications' }).getByText(/Restored the backup from .*“before restore” backup/)).toBeVisible();
  await nav(page, 'Tags').click();
  await expect(page.getByRole('treeitem', { name: 'From yesterday' })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: 'Made today' })).toHaveCount(0);
  const kept = readdirSync(backups).filter((n) => /^notebook-\d{4}-\d{2}-\d{2}-before-restore-\d{6}\.json$/.test(n));
  expect(kept, 'the notebook before the restore is kept').toHaveLength(1);
  expect(readFileSync(join(backups, kept[0] ?? ''), 'utf8')).toContain('Made today');

  // And back again: the "before restore" copy is itself listed and restorable, by keyboard alone.
  await page.keyboard.press('Control+,');
  const again = page.getByRole('dialog', { name: 'Settings' });
  await again.getByRole('button', { name: 'Restore from backup…' }).focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Restore from backup' }).getByRole('radio');
  await expect(list).toHaveCount(3);
  const before = page.getByRole('radio', { name: /Taken before a restore/ });
  await before.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Restore…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Replace my notebook' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('treeitem', { name: 'Made today' })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: 'From yesterday' })).toHaveCount(0);
});

test('the menu commands open Settings and Restore from backup; Escape closes them', async ({ page }) => {
  // What the Electron menu (Settings…, Help → Restore from Backup…) sends through the preload.
  const command = (detail: string) => page.evaluate((d) => window.dispatchEvent(new CustomEvent('dossier:command', { detail: d })), detail);
  await command('open-settings');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Default style for new briefings')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();

  await command('restore-backup');
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('with no backups, the restore dialog says so', async ({ page }) => {
  const { dataDir } = await nb(page, 'status');
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  await page.keyboard.press('Control+,');
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByText('No backups yet')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restore…' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a corrupt notebook file is moved aside, the newest backup restored, and the banner says where', async ({ page, app }) => {
  await nb(page, 'createTag', { name: 'Saved before the damage' });
  const { dataDir } = await nb(page, 'status');
  const backups = join(dataDir, 'backups');
  // Today's backup was taken of the empty notebook when the test opened it. Without it, the next
  // open backs up the notebook with the tag, as the first open of a new day would.
  await app.reopen(() => rmSync(backups, { recursive: true, force: true }));
  expect(readdirSync(backups)).toHaveLength(1);
  const garbage = '{"schemaVersion":1,"journalSeq":3,"data":{"tags":[{"id":';
  await app.reopen(() => writeFileSync(join(dataDir, 'notebook.json'), garbage));

  const banner = page.getByRole('region', { name: 'Notebook status' });
  await expect(banner).toContainText('Your notebook was restored from a backup');
  const paths = banner.getByRole('definition');
  const movedTo = (await paths.nth(0).textContent()) ?? '';
  expect(movedTo).toMatch(/notebook\.json\.corrupt-/);
  await expect(banner.getByRole('term').nth(0)).toHaveText('Damaged file, moved aside to');
  await expect(banner.getByRole('term').nth(1)).toHaveText('Restored from');
  const daily = readdirSync(backups).filter((n) => /^notebook-\d{4}-\d{2}-\d{2}\.json$/.test(n));
  expect(daily).toHaveLength(1);
  await expect(paths.nth(1)).toHaveText(join(backups, daily[0] ?? ''));
  expect(existsSync(movedTo), 'the damaged file is kept').toBe(true);
  expect(readFileSync(movedTo, 'utf8')).toBe(garbage);
  await shoot(page, 'status-banner-corrupt-light');
  await nav(page, 'Tags').click();
  await expect(page.getByRole('treeitem', { name: 'Saved before the damage' })).toBeVisible();

  await banner.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(page.getByRole('dialog', { name: 'Restore from backup' }).getByRole('radio')).not.toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of Settings and Restore from backup (${theme})`, async ({ page, app, runner }, testInfo) => {
    const suffix = `${runner === 'electron' ? 'electron-' : ''}${theme}`;
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await app.setOpenDialogFile(writePilcrowStyle(testInfo.outputPath('styles')));
    await nb(page, 'createTag', { name: 'Defence' });
    const { dataDir } = await nb(page, 'status');
    await app.reopen(() => addYesterdaysBackup(dataDir));

    const settings = await openSettings(page);
    await settings.getByRole('button', { name: 'Add style file…' }).click();
    await expect(settings.getByRole('status')).toContainText('Added “Pilcrow notes (test)”.');
    await shoot(page, `settings-${suffix}`);

    await settings.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog.getByRole('radio').first().check();
    await shoot(page, `restore-backup-${suffix}`);
    await dialog.getByRole('button', { name: 'Restore…' }).click();
    await shoot(page, `restore-confirm-${suffix}`);
  });
}
