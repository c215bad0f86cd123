import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { resolveAppPath } from './resolve-app-path';

const root = path.resolve('/srv/app/dist/renderer');

test('maps app URLs to files under the root', () => {
  assert.deepEqual(resolveAppPath(root, 'app://dossier/index.html'), { ok: true, path: path.join(root, 'index.html') });
  assert.deepEqual(resolveAppPath(root, 'app://dossier/'), { ok: true, path: path.join(root, 'index.html') });
  assert.deepEqual(resolveAppPath(root, 'app://dossier'), { ok: true, path: path.join(root, 'index.html') });
  assert.deepEqual(resolveAppPath(root, 'app://dossier/assets/index-abc.js?v=1#x'), {
    ok: true,
    path: path.join(root, 'assets', 'index-abc.js'),
  });
  assert.deepEqual(resolveAppPath(root, 'app://dossier/assets/my%20font.woff2'), {
    ok: true,
    path: path.join(root, 'assets', 'my font.woff2'),
  });
});

test('refuses every way out of the root', () => {
  const attempts = [
    'app://dossier/../secret.txt',
    'app://dossier/assets/../../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/%2E%2E%2Fsecret.txt',
    'app://dossier/..%2f..%2fetc%2fpasswd',
    'app://dossier/assets/..%5c..%5csecret.txt',
    'app://dossier/%252e%252e/secret.txt',
    'app://dossier/C:/Windows/win.ini',
    'app://dossier/c%3A%5CWindows%5Cwin.ini',
    'app://dossier//etc/passwd/..',
    'app://dossier/index.html%00.png',
    'app://dossier/%E0%A4%A',
  ];
  for (const url of attempts) {
    const r = resolveAppPath(root, url);
    if (r.ok) {
      // The URL parser may fold a path into something harmless; it must then still be inside the root.
      assert.ok(r.path.startsWith(root + path.sep), `${url} → ${r.path}`);
    } else {
      assert.ok(r.status === 400 || r.status === 403, url);
    }
  }
  assert.deepEqual(resolveAppPath(root, 'app://dossier/%2e%2e/secret.txt'), { ok: true, path: path.join(root, 'secret.txt') });
  assert.deepEqual(resolveAppPath(root, 'app://dossier/..%2f..%2fetc%2fpasswd'), {
    ok: false,
    status: 403,
    reason: 'Path escapes the app folder',
  });
  assert.equal(resolveAppPath(root, 'app://dossier/index.html%00.png').ok, false);
  assert.equal(resolveAppPath(root, 'app://dossier/%E0%A4%A').ok, false);
});

test('refuses other origins and schemes', () => {
  for (const url of ['app://other/index.html', 'file:///etc/passwd', 'https://dossier/index.html', 'nonsense']) {
    assert.equal(resolveAppPath(root, url).ok, false, url);
  }
});
