// App pages live on app://dossier/. A standard, secure custom scheme gives the page a real origin
// (so CSP 'self' and relative URLs work) without serving anything from file:// or the network.

export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL on our own origin, compared after parsing so look-alikes such as app://dossier.evil fail. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
