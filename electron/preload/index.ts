// Sandboxed preload: it may require only 'electron' and a few built-ins, so everything it imports
// must be plain constants and types (see scripts/build.mjs, which fails on any other require).
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './create-bridge';
import { COMMAND_CHANNEL, isDossierCommand } from './dossier-command';

contextBridge.exposeInMainWorld(
  'notebook',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);

// Menu commands become a DOM event; the detail is a string, which crosses the world boundary intact.
ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown) => {
  if (!isDossierCommand(command)) return;
  window.dispatchEvent(new CustomEvent(COMMAND_CHANNEL, { detail: command }));
});
