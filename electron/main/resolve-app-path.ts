import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type AppPathResult =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 403; reason: string };

/**
 * Maps an app:// URL to a file under rootDir, or refuses it. The URL parser already folds plain
 * and %2e dot segments; this also decodes the path and refuses anything that could still climb out
 * (.., encoded slashes or backslashes, NUL, drive letters), then checks containment once more.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: 'Not an app URL' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed path encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return { ok: false, status: 400, reason: 'Forbidden character in path' };
  }
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..' || s.includes(':'))) {
    return { ok: false, status: 403, reason: 'Path escapes the app folder' };
  }
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const full = path.resolve(root, ...segments);
  const rel = path.relative(root, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return { ok: false, status: 403, reason: 'Path escapes the app folder' };
  }
  return { ok: true, path: full };
}
