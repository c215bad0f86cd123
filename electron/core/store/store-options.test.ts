import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { storePaths } from './store-options';

test('journal, lock and backups take the snapshot file name stem', () => {
  const p = storePaths('/data');
  assert.equal(p.snapshot, join('/data', 'notebook.json'));
  assert.equal(p.journal, join('/data', 'notebook.journal'));
  assert.equal(p.lock, join('/data', 'notebook.lock'));
  assert.equal(p.backupsDir, join('/data', 'backups'));
  assert.equal(storePaths('/data', 'other.json').journalName, 'other.journal');
});
