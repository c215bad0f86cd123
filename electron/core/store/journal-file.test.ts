import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { JournalFile } from './journal-file';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

test('creates the file and appends whole lines', async () => {
  const path = join(freshDir(), 'notebook.journal');
  const j = await JournalFile.open(path, 0);
  await j.append('a\n');
  await j.append('bé\n');
  assert.equal(j.size, Buffer.byteLength('a\nbé\n'));
  assert.equal(readFileSync(path, 'utf8'), 'a\nbé\n');
  await j.close();
});

test('open cuts the file back to the bytes it is told to keep', async () => {
  const path = join(freshDir(), 'notebook.journal');
  writeFileSync(path, 'good\ntorn');
  const j = await JournalFile.open(path, 5);
  await j.append('next\n');
  assert.equal(readFileSync(path, 'utf8'), 'good\nnext\n');
  await j.close();
});

test('truncate empties it and appends start again from zero', async () => {
  const path = join(freshDir(), 'notebook.journal');
  const j = await JournalFile.open(path, 0);
  await j.append('a\nb\n');
  await j.truncate();
  assert.equal(j.size, 0);
  await j.append('c\n');
  assert.equal(readFileSync(path, 'utf8'), 'c\n');
  await j.close();
});

test('dropPrefix keeps only the later lines and later appends land after them', async () => {
  const dir = freshDir();
  const path = join(dir, 'notebook.journal');
  const j = await JournalFile.open(path, 0);
  await j.append('old1\nold2\n');
  const mark = j.size;
  await j.append('new1\n');
  await j.dropPrefix(mark);
  await j.append('new2\n');
  assert.equal(readFileSync(path, 'utf8'), 'new1\nnew2\n');
  assert.equal(j.size, 10);
  assert.deepEqual(readdirSync(dir), ['notebook.journal']);
  await j.close();
});

test('a failed append is reported, and a journal that cannot be cut back refuses further appends', { skip: process.platform !== 'linux' && 'needs /dev/full' }, async () => {
  // /dev/full fails every write with ENOSPC and cannot be truncated: the worst case.
  const j = await JournalFile.open('/dev/full', 0);
  await assert.rejects(j.append('x\n'), /ENOSPC/);
  await assert.rejects(j.append('y\n'), /could not be repaired/);
  assert.equal(j.size, 0);
  await j.close();
});
