import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from './is-allowed-external-url';

/**
 * Applied to every webContents the app creates: no navigation, no redirects, no new windows,
 * no <webview>. A link to an http(s) or mailto URL opens in the user's browser or mail client instead.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const sendOut = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    sendOut(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
}
