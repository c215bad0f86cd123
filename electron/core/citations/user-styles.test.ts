import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteUserStyle, readUserStyles, saveUserStyle } from './user-styles';

const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));
const xml = (title: string) =>
  `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>${title}</title></info><citation><layout/></citation></style>`;

test('a folder that does not exist holds no styles', () => {
  assert.deepEqual(readUserStyles(join(tempDir(), 'styles')), []);
});

test('saved styles are read back by id, in id order; other files are left out', async () => {
  const dir = join(tempDir(), 'styles');
  const path = await saveUserStyle(dir, 'zeta', xml('Zeta'));
  assert.equal(path, join(dir, 'zeta.csl'));
  await saveUserStyle(dir, 'alpha', xml('Alpha'));
  writeFileSync(join(dir, 'junk.csl'), 'not a style');
  writeFileSync(join(dir, 'readme.txt'), 'ignored');
  assert.deepEqual(
    readUserStyles(dir).map((s) => [s.id, s.title]),
    [
      ['alpha', 'Alpha'],
      ['zeta', 'Zeta'],
    ],
  );
});

test('saving again replaces the style and leaves no temporary file', async () => {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  await saveUserStyle(dir, 'mine', xml('First'));
  await saveUserStyle(dir, 'mine', xml('Second'));
  assert.deepEqual(readdirSync(dir), ['mine.csl']);
  assert.match(readFileSync(join(dir, 'mine.csl'), 'utf8'), /Second/);
});

test('deleting a style removes its file only; deleting it twice is fine', async () => {
  const dir = tempDir();
  await saveUserStyle(dir, 'mine', xml('Mine'));
  await saveUserStyle(dir, 'other', xml('Other'));
  await deleteUserStyle(dir, 'mine');
  assert.deepEqual(readdirSync(dir), ['other.csl']);
  await deleteUserStyle(dir, 'mine');
  assert.deepEqual(readUserStyles(dir).map((s) => s.id), ['other']);
});
