import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveStylesDir } from './resolve-styles-dir';

test('packaged apps read styles from their resources, everything else from the project', () => {
  assert.equal(resolveStylesDir({ appRoot: '/a/app.asar', resourcesPath: '/a' }), path.join('/a', 'styles'));
  const root = path.join(import.meta.dirname, '..', '..', '..');
  const dir = resolveStylesDir({ appRoot: root });
  assert.equal(dir, path.join(root, 'resources', 'styles'));
  assert.ok(existsSync(path.join(dir, 'dossier-chicago-notes.csl')));
});
