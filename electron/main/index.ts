// Electron main process: lifecycle and wiring only. Everything with logic lives in its own module.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, nativeTheme, session, shell } from 'electron';
import type { NotebookMethod } from '../shared/api';
import type { Settings } from '../shared/types';
import type { Notebook } from '../core/notebook/open-notebook';
import { COMMAND_CHANNEL, type DossierCommand } from '../preload/dossier-command';
import { buildMenuTemplate } from './build-menu-template';
import { createIpcHandlers } from './create-ipc-handlers';
import { ElectronPdfPrinter } from './electron-pdf-printer';
import { hardenSession } from './harden-session';
import { hardenWebContents } from './harden-web-contents';
import { isAllowedExternalUrl } from './is-allowed-external-url';
import { isTrustedSender } from './is-trusted-sender';
import { LocalStateFile } from './local-state-file';
import { noticeMessageBox } from './notice-message-box';
import { openAppNotebook } from './open-app-notebook';
import { openMainWindow } from './open-main-window';
import { registerAppProtocol, registerAppSchemePrivileges } from './register-app-protocol';
import { registerNotebookIpc } from './register-notebook-ipc';

// dist/main/index.cjs → the app root (the project folder, or app.asar when packaged).
const appRoot = path.resolve(__dirname, '..', '..');
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(appRoot, 'dist', 'preload', 'index.cjs');

// Lets the e2e suite give each Electron run its own profile and notebook.
if (process.env.DOSSIER_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.DOSSIER_USER_DATA_DIR));
app.enableSandbox();
registerAppSchemePrivileges();

if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  const state = new LocalStateFile(path.join(app.getPath('userData'), 'window-state.json'));
  const trustedIds = new Set<number>();
  let mainWindow: BrowserWindow | null = null;
  let printer: ElectronPdfPrinter | null = null;
  let notebook: Promise<Notebook> | null = null;
  let unregisterIpc: (() => void) | null = null;

  const openExternal = (url: string) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };
  const applyTheme = (settings: Settings) => {
    nativeTheme.themeSource = settings.theme;
  };
  const sendCommand = (command: DossierCommand) => {
    const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (win && trustedIds.has(win.webContents.id)) win.webContents.send(COMMAND_CHANNEL, command);
  };

  const showMainWindow = (): BrowserWindow => {
    const win = openMainWindow({ state, preloadPath });
    const id = win.webContents.id;
    trustedIds.add(id);
    win.on('closed', () => {
      trustedIds.delete(id);
      if (mainWindow === win) mainWindow = null;
      // The hidden print window keeps 'window-all-closed' from firing, so quit from here.
      if (process.platform !== 'darwin') app.quit();
    });
    mainWindow = win;
    return win;
  };

  app.on('second-instance', () => {
    const win = mainWindow ?? showMainWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) showMainWindow();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    registerAppProtocol(session.defaultSession, rendererDir);
    printer = new ElectronPdfPrinter();
    notebook = openAppNotebook({ appRoot, printer, parentWindow: () => mainWindow });
    const ready = notebook;
    unregisterIpc = registerNotebookIpc(
      createIpcHandlers({
        getApi: () => ready,
        isTrusted: (sender) => isTrustedSender(sender, trustedIds),
        onSuccess: (method: NotebookMethod, value: unknown) => {
          if (method === 'getSettings' || method === 'updateSettings') applyTheme(value as Settings);
          if (method === 'restoreBackup') void ready.then((nb) => nb.getSettings()).then(applyTheme);
        },
      }),
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ platform: process.platform, appName: app.name, isPackaged: app.isPackaged, send: sendCommand }),
      ),
    );
    const win = showMainWindow();

    let nb: Notebook;
    try {
      nb = await ready;
    } catch (e) {
      dialog.showErrorBox('Dossier could not open your notebook', e instanceof Error ? e.message : String(e));
      app.quit();
      return;
    }
    applyTheme(await nb.getSettings());
    printer.warm();
    void nb.warm().catch((e: unknown) => console.error('Search index:', e));
    // The renderer shows notices too; the native box makes sure a repaired notebook is never missed.
    const box = noticeMessageBox((await nb.status()).notices);
    if (box && !win.isDestroyed()) await dialog.showMessageBox(win, box);
  });

  // Quit waits for the notebook to flush and close; the second before-quit then goes through.
  let shutdown: Promise<void> | null = null;
  let closedCleanly = false;
  app.on('before-quit', (event) => {
    if (closedCleanly) return;
    event.preventDefault();
    shutdown ??= (async () => {
      unregisterIpc?.();
      await Promise.allSettled([printer?.close(), notebook?.then((nb) => nb.close())]);
    })().finally(() => {
      closedCleanly = true;
      app.quit();
    });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}
