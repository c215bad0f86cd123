import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const script = join(import.meta.dirname, 'check-electronegativity.mjs');

function run(files: Record<string, string>, allowlist: unknown[] = []) {
  const dir = mkdtempSync(join(os.tmpdir(), 'dossier-'));
  const app = join(dir, 'app');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(app, name, '..'), { recursive: true });
    writeFileSync(join(app, name), text);
  }
  writeFileSync(join(dir, 'allow.json'), JSON.stringify(allowlist));
  const r = spawnSync(process.execPath, [script, '--scan', app, '--allowlist', join(dir, 'allow.json')], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const insecureWindow = `
const { BrowserWindow } = require('electron');
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });
win.loadURL('http://example.org/');
`;

test('an insecure window fails the check, also when it hides in a .cjs bundle', { timeout: 120_000 }, () => {
  for (const name of ['main.js', 'dist/main/index.cjs']) {
    const r = run({ [name]: insecureWindow, 'index.html': '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /FAIL\s+NODE_INTEGRATION_JS_CHECK/);
    assert.match(r.out, /FAIL\s+CONTEXT_ISOLATION_JS_CHECK/);
    assert.match(r.out, new RegExp(`app/${name.replace(/\./g, '\\.')}:3`), 'findings name the real file');
  }
});

test('an allowlisted finding passes, and only for the file it names', { timeout: 120_000 }, () => {
  const opener = `const { shell } = require('electron'); module.exports = (u) => shell.openExternal(u);\n`;
  const guards = `
const { app, session } = require('electron');
app.on('web-contents-created', (_e, c) => {
  c.on('will-navigate', (e) => e.preventDefault());
  c.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_c, _p, cb) => cb(false));
`;
  const files = { 'open.js': opener, 'guards.js': guards, 'index.html': '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' };
  const reason = 'Reviewed in this test: the caller checks the URL first.';
  const ok = run(files, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: '**/open.js', reason }]);
  assert.equal(ok.status, 0, ok.out);
  assert.match(ok.out, /ok\s+OPEN_EXTERNAL_JS_CHECK/);
  const wrongFile = run(files, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: '**/other.js', reason }]);
  assert.equal(wrongFile.status, 1, wrongFile.out);
  const pinned = run(files, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: '**/open.js', contains: 'shell.openExternal(u)', reason }]);
  assert.equal(pinned.status, 0, pinned.out);
  const otherCode = run(files, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: '**/open.js', contains: 'openExternal(safeUrl)', reason }]);
  assert.equal(otherCode.status, 1, otherCode.out);
  assert.match(otherCode.out, /code: .*shell\.openExternal\(u\)/);
});

test('an allowlist entry without a real reason is refused', { timeout: 120_000 }, () => {
  const r = run({ 'a.js': 'module.exports = 1;\n' }, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: '**', reason: 'ok' }]);
  assert.equal(r.status, 2);
  assert.match(r.out, /reason/);
});
