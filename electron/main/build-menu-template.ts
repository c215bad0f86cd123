import type { MenuItemConstructorOptions } from 'electron';
import type { DossierCommand } from '../preload/dossier-command';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Dev tools and reload only when running from source. */
  isPackaged: boolean;
  /** Forwards a command to the focused window's renderer. */
  send: (command: DossierCommand) => void;
}

/** The native menu: standard roles plus Dossier's commands, which the renderer carries out. */
export function buildMenuTemplate({ platform, appName, isPackaged, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: DossierCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });

  // Where each platform's users look for it: the app menu on macOS, the File menu elsewhere.
  const settings = command('Settings…', 'open-settings', 'CmdOrCtrl+,');
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Briefing', 'new-briefing', 'CmdOrCtrl+N'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      ...(mac ? [] : [settings, { type: 'separator' } as const]),
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle Dark Mode', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
      { type: 'separator' },
      ...(isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  // Recovery sits under Help: it is what someone looks for when something went wrong.
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [command('Restore from Backup…', 'restore-backup')] };

  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
