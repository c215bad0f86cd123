import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { CheckedFileWriter, fsyncDirectory, readChecked } from './checked-file';

test('records size and sha-256 of what it wrote, and reads back only an identical file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  const path = join(dir, 'f.tsv');
  const w = await CheckedFileWriter.create(path);
  await w.write('1.map\t[["café",[[0]]]]\n');
  await w.write('2.map\t[]\n');
  const check = await w.close();
  const bytes = await readFile(path);
  assert.equal(check.bytes, bytes.length);
  assert.deepEqual(await readChecked(path, check), bytes);

  writeFileSync(path, bytes.subarray(0, bytes.length - 3));
  await assert.rejects(readChecked(path, check), /has \d+ bytes, expected/);
  const flipped = Buffer.from(bytes);
  flipped[3] = flipped[3] === 0x41 ? 0x42 : 0x41;
  writeFileSync(path, flipped);
  await assert.rejects(readChecked(path, check), /does not match its checksum/);
  await fsyncDirectory(dir);
});

test('never overwrites an existing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  writeFileSync(join(dir, 'x'), 'keep');
  await assert.rejects(CheckedFileWriter.create(join(dir, 'x')), /EEXIST/);
  assert.equal(await readFile(join(dir, 'x'), 'utf8'), 'keep');
});
