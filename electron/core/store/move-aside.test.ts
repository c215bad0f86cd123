import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { moveAside } from './move-aside';

test('renames to <file>.<label>-<ISO time without colons>, never over an earlier one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  const path = join(dir, 'notebook.json');
  const at = new Date('2025-03-04T05:06:07.089Z');
  writeFileSync(path, 'first');
  const first = await moveAside(path, 'corrupt', at);
  assert.equal(first, join(dir, 'notebook.json.corrupt-2025-03-04T05-06-07.089Z'));
  writeFileSync(path, 'second');
  const second = await moveAside(path, 'corrupt', at);
  assert.equal(second, `${first}-2`);
  assert.equal(readFileSync(first, 'utf8'), 'first');
  assert.equal(readFileSync(second, 'utf8'), 'second');
  assert.equal(existsSync(path), false);
});
