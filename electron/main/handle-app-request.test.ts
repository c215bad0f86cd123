import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { handleAppRequest } from './handle-app-request';

function fixture() {
  const dir = mkdtempSync(join(os.tmpdir(), 'dossier-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  return root;
}

const get = (root: string, url: string, method = 'GET') => handleAppRequest(root, new Request(url, { method }));

test('serves the entry page with its type and the security headers', async () => {
  const root = fixture();
  const res = await get(root, 'app://dossier/');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(await res.text(), '<!doctype html><title>Dossier</title>');

  const js = await get(root, 'app://dossier/assets/app.js');
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(await js.text(), 'console.log(1)');
});

test('never reads a file outside the renderer folder', async () => {
  const root = fixture();
  for (const url of [
    'app://dossier/../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/..%2fsecret.txt',
    'app://dossier/assets/..%2f..%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    `app://dossier/${encodeURIComponent(join(root, '..', 'secret.txt'))}`,
  ]) {
    const res = await get(root, url);
    assert.notEqual(res.status, 200, url);
    assert.doesNotMatch(await res.text(), /TOP SECRET/, url);
  }
});

test('missing files and folders are 404, other methods 405, other hosts 403', async () => {
  const root = fixture();
  assert.equal((await get(root, 'app://dossier/nope.js')).status, 404);
  assert.equal((await get(root, 'app://dossier/assets')).status, 404);
  assert.equal((await get(root, 'app://dossier/index.html', 'POST')).status, 405);
  assert.equal((await get(root, 'app://elsewhere/index.html')).status, 403);
  const head = await get(root, 'app://dossier/index.html', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});
