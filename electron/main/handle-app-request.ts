import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { mimeTypeFor } from './mime-type-for';
import { resolveAppPath } from './resolve-app-path';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
} as const;

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Serves the app:// protocol from the packaged renderer folder only. Plain Node (fetch's Request and
 * Response), so it is tested without Electron; Electron's fs reads inside the asar transparently.
 */
export async function handleAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const resolved = resolveAppPath(rootDir, request.url);
  if (!resolved.ok) return plain(resolved.status, resolved.reason);
  let body: Buffer;
  try {
    body = await readFile(resolved.path);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': mimeTypeFor(resolved.path) },
  });
}
