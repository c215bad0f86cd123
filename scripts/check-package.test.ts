import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');
const script = join(import.meta.dirname, 'check-package.mjs');

/** A copy of the project's packaging inputs (real config, hook, icons, corpus) with a small built dist/. */
function project(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'dossier-'));
  for (const p of ['package.json', 'electron-builder.yml', 'build', 'resources']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  const files: Record<string, string> = {
    'dist/main/index.cjs': '"use strict";\nrequire("electron");\n',
    // Files main loads from beside itself: the corroboration worker, and jsdom on first use.
    'dist/main/corroboration-worker.cjs': '"use strict";\n',
    'dist/main/vendor/jsdom.cjs': '"use strict";\n',
    'dist/preload/index.cjs': '"use strict";\nrequire("electron");\n',
    'dist/renderer/index.html': '<!doctype html><script type="module" src="./assets/app.js"></script>',
    'dist/renderer/assets/app.js': 'console.log("renderer");\n',
    // What electron-builder.yml must filter out.
    'dist/main/index.cjs.map': '{}',
    'dist/main/stray-source.ts': 'export {};\n',
    'dist/renderer/assets/app.test.js': 'test();\n',
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const check = (dir: string) => {
  const r = spawnSync(process.execPath, [script, '--project', dir], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

test('the packaged app holds the bundles, package.json, the corpus outside the asar, and flipped fuses', { timeout: 180_000 }, () => {
  const r = check(project());
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /app\.asar \d+ KB, 7 files/);
  assert.match(r.out, /resources: 6 corpus and 1 style file\(s\); 7 fuses set/);
  assert.doesNotMatch(r.out, /asar {2}.*\.(ts|map)$|test\.js/m);
});

test('sources and tests that get past the file filters fail the check', { timeout: 180_000 }, () => {
  const r = check(project({ 'dist/main/helper.mts': 'export {};\n', 'dist/renderer/assets/app.spec.js': 'test();\n' }));
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /FAIL {2}app\.asar holds a TypeScript source: dist\/main\/helper\.mts/);
  assert.match(r.out, /FAIL {2}app\.asar holds a test file: dist\/renderer\/assets\/app\.spec\.js/);
});

test('a package whose fuses were not flipped fails the check', { timeout: 180_000 }, () => {
  const dir = project();
  writeFileSync(
    join(dir, 'build', 'after-pack-fuses.mjs'),
    `export { FUSES } from ${JSON.stringify(join(root, 'build', 'after-pack-fuses.mjs'))};\nexport default async function afterPack() {}\n`,
  );
  const r = check(dir);
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /fuse 0 is 1, expected off/);
});

test('an unbuilt project is refused with the command to run', { timeout: 60_000 }, () => {
  const dir = project();
  rmSync(join(dir, 'dist', 'renderer', 'index.html'));
  const r = check(dir);
  assert.equal(r.status, 2, r.out);
  assert.match(r.out, /npm run build/);
});
