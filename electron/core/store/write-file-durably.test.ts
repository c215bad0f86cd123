import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { fsyncDirectory, mkdirDurably, removeStaleTemps, tempPathFor, writeFileDurably } from './write-file-durably';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

test('creates and then replaces a file, leaving no temp file behind', async () => {
  const dir = freshDir();
  const path = join(dir, 'notebook.json');
  await writeFileDurably(path, '{"v":1}');
  await writeFileDurably(path, Buffer.from('{"v":2}'));
  assert.equal(readFileSync(path, 'utf8'), '{"v":2}');
  assert.deepEqual(readdirSync(dir), ['notebook.json']);
});

test('temp files sit beside the target and are named <file>.tmp-<pid>-<rand>', () => {
  const temp = tempPathFor('/data/notebook.json');
  assert.match(basename(temp), new RegExp(`^notebook\\.json\\.tmp-${process.pid}-[0-9a-f]{8}$`));
  assert.notEqual(temp, tempPathFor('/data/notebook.json'));
});

test('a failed rename removes its temp file and keeps the old content', async () => {
  const dir = freshDir();
  const target = join(dir, 'taken');
  writeFileSync(join(dir, 'keep'), 'x');
  // Renaming a file over a non-empty directory fails.
  mkdirSync(target);
  writeFileSync(join(target, 'inside'), 'old');
  await assert.rejects(writeFileDurably(target, 'new'));
  assert.deepEqual(readdirSync(dir).sort(), ['keep', 'taken']);
  assert.equal(readFileSync(join(target, 'inside'), 'utf8'), 'old');
});

test('fsyncDirectory works on a real directory and fails on a missing one', async () => {
  const dir = freshDir();
  await fsyncDirectory(dir);
  await assert.rejects(fsyncDirectory(join(dir, 'missing')), /ENOENT/);
});

test('mkdirDurably creates missing levels and accepts an existing folder', async () => {
  const dir = freshDir();
  const deep = join(dir, 'a', 'b', 'c');
  await mkdirDurably(deep);
  await mkdirDurably(deep);
  assert.deepEqual(readdirSync(join(dir, 'a', 'b')), ['c']);
  writeFileSync(join(dir, 'file'), 'x');
  await assert.rejects(mkdirDurably(join(dir, 'file', 'sub')), /ENOTDIR|EEXIST/);
});

test('removeStaleTemps removes the temps of a file left by dead processes and by this one, and nothing else', async () => {
  const dir = freshDir();
  const file = join(dir, 'discrepancies.json');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const names = [
    `discrepancies.json.tmp-${dead}-0a0b0c0d`, // killed mid-write
    `discrepancies.json.tmp-${process.pid}-01020304`, // this process, no write under way
    `discrepancies.json.tmp-${process.ppid}-05060708`, // a running process: it may be writing
    'discrepancies.json',
    `other.json.tmp-${dead}-0a0b0c0d`,
  ];
  for (const n of names) writeFileSync(join(dir, n), 'x');
  await removeStaleTemps(file);
  assert.deepEqual(readdirSync(dir).sort(), [`discrepancies.json.tmp-${process.ppid}-05060708`, 'discrepancies.json', `other.json.tmp-${dead}-0a0b0c0d`].sort());
  await removeStaleTemps(join(dir, 'missing', 'x.json')); // no directory: nothing to do
});
