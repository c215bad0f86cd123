const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
const MAX_LENGTH = 2048;

/** Only these reach shell.openExternal: never file:, smb:, custom app schemes or javascript:. */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_LENGTH) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED.has(u.protocol)) return false;
  if (u.protocol === 'mailto:') return u.pathname.length > 0;
  // Credentials in a link are a phishing trick (https://bank.example@evil.example/).
  return u.hostname !== '' && u.username === '' && u.password === '';
}
