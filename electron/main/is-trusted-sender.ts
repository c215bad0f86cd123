import { isAppUrl } from './app-origin';

/** What main knows about the frame behind an IPC message, lifted out of Electron's event. */
export interface SenderInfo {
  webContentsId: number;
  isMainFrame: boolean;
  url: string;
}

/**
 * Only the top frame of one of our own windows, showing our own pages, may call the notebook.
 * A subframe, a navigated-away page or any other webContents is refused.
 */
export function isTrustedSender(sender: SenderInfo | null, trustedWebContentsIds: ReadonlySet<number>): boolean {
  if (sender === null) return false;
  return sender.isMainFrame && trustedWebContentsIds.has(sender.webContentsId) && isAppUrl(sender.url);
}
