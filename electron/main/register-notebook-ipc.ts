import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelFor, type NotebookMethod } from '../shared/api';
import type { IpcHandler } from './create-ipc-handlers';
import type { SenderInfo } from './is-trusted-sender';

function senderInfo(event: IpcMainInvokeEvent): SenderInfo | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    return { webContentsId: event.sender.id, isMainFrame: frame.parent === null, url: frame.url };
  } catch {
    // A frame that navigated away or was disposed mid-call is no longer ours to trust.
    return null;
  }
}

/** One ipcMain.handle per method; returns a function that removes them all. */
export function registerNotebookIpc(handlers: Record<NotebookMethod, IpcHandler>): () => void {
  const methods = Object.keys(handlers) as NotebookMethod[];
  for (const method of methods) {
    const handler = handlers[method];
    ipcMain.handle(channelFor(method), (event, payload: unknown) => handler(senderInfo(event), payload));
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(channelFor(method));
  };
}
