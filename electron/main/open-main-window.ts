import { nativeTheme, screen, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { clampBounds } from './clamp-bounds';
import { createMainWindow } from './create-main-window';
import type { LocalStateFile } from './local-state-file';

/** Opens the main window where it was last time (if that is still on a screen) and remembers it on close. */
export function openMainWindow(opts: { state: LocalStateFile; preloadPath: string }): BrowserWindow {
  const saved = opts.state.get();
  const bounds = clampBounds(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = createMainWindow({
    preloadPath: opts.preloadPath,
    bounds,
    maximized: saved.maximized === true,
    // Matches the renderer's background, so there is no white flash in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
  });
  win.on('close', () => {
    try {
      opts.state.update({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (e) {
      console.error('Could not save the window position:', e);
    }
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
