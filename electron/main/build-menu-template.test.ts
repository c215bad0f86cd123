import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { DOSSIER_COMMANDS, type DossierCommand } from '../preload/dossier-command';
import { buildMenuTemplate } from './build-menu-template';

function build(platform: NodeJS.Platform, isPackaged = true) {
  const sent: DossierCommand[] = [];
  const template = buildMenuTemplate({ platform, appName: 'Dossier', isPackaged, send: (c) => sent.push(c) });
  return { template, sent };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...walk(submenu(i))]);

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

test('macOS gets the app menu first; Windows and Linux do not', () => {
  assert.deepEqual(
    build('darwin').template.map((m) => m.label ?? m.role),
    ['Dossier', 'File', 'Edit', 'View', 'windowMenu', 'help'],
  );
  for (const platform of ['win32', 'linux'] as const) {
    assert.deepEqual(
      build(platform).template.map((m) => m.label ?? m.role),
      ['File', 'Edit', 'View', 'windowMenu', 'help'],
    );
  }
  assert.ok(walk(build('darwin').template).some((i) => i.role === 'about'));
  assert.ok(walk(build('linux').template).some((i) => i.role === 'quit'));
});

test('every Dossier command is in the menu once, with its shortcut, and sends itself', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    const { template, sent } = build(platform);
    const items = walk(template).filter((i) => i.click);
    for (const item of items) click(item);
    assert.deepEqual([...sent].sort(), [...DOSSIER_COMMANDS].sort(), platform);
    const accel = Object.fromEntries(items.map((i) => [i.label, i.accelerator]));
    assert.deepEqual(accel, {
      'New Briefing': 'CmdOrCtrl+N',
      'Export…': 'CmdOrCtrl+E',
      'Find…': 'CmdOrCtrl+F',
      'Toggle Dark Mode': 'CmdOrCtrl+Shift+D',
      'Restore from Backup…': undefined,
      'Settings…': 'CmdOrCtrl+,',
    });
  }
});

test('no two items share a shortcut', () => {
  const accels = walk(build('darwin').template).flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
  assert.equal(new Set(accels).size, accels.length);
});

test('developer tools appear only when running from source', () => {
  const has = (t: MenuItemConstructorOptions[]) => walk(t).some((i) => i.role === 'toggleDevTools');
  assert.equal(has(build('linux', true).template), false);
  assert.equal(has(build('linux', false).template), true);
});

test('the standard edit roles are present, so copy and paste work in text fields', () => {
  const roles = submenu(build('win32').template.find((m) => m.label === 'Edit')).map((i) => i.role);
  for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) assert.ok(roles.includes(role), role);
});
