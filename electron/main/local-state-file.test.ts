import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalStateFile } from './local-state-file';

const tmp = () => mkdtempSync(join(os.tmpdir(), 'dossier-'));

test('a missing file means empty state; an update is there on the next run', () => {
  const file = join(tmp(), 'sub', 'window-state.json');
  const first = new LocalStateFile(file);
  assert.deepEqual(first.get(), {});
  first.update({ bounds: { x: 10, y: 20, width: 900, height: 700 } });
  first.update({ maximized: true });
  assert.deepEqual(new LocalStateFile(file).get(), { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
  assert.deepEqual(readdirSync(join(file, '..')), ['window-state.json'], 'no temp file is left behind');
});

test('a damaged or foreign file falls back to defaults instead of failing start-up', () => {
  const dir = tmp();
  const torn = join(dir, 'torn.json');
  writeFileSync(torn, '{"bounds": {"x": 1');
  assert.deepEqual(new LocalStateFile(torn).get(), {});
  const wrong = join(dir, 'wrong.json');
  writeFileSync(wrong, JSON.stringify({ bounds: { x: 'left', y: 0, width: 10, height: 10 } }));
  assert.deepEqual(new LocalStateFile(wrong).get(), {});
  const state = new LocalStateFile(wrong);
  state.update({ maximized: false });
  assert.deepEqual(JSON.parse(readFileSync(wrong, 'utf8')), { maximized: false });
});
