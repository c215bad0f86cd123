import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NotebookError } from '../../shared/result';
import { Backups } from './backups';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  const snapshot = join(dir, 'notebook.json');
  let now = new Date(2025, 0, 1, 12, 0, 0);
  const backups = new Backups(join(dir, 'backups'), 'notebook', () => now);
  return {
    dir,
    snapshot,
    backups,
    setNow: (d: Date) => (now = d),
    write: (s: string) => writeFileSync(snapshot, s),
  };
}

test('one daily backup per day: the first snapshot of the day is kept', async () => {
  const s = setup();
  s.write('morning');
  assert.equal(await s.backups.rotateDaily(s.snapshot, 7), 'notebook-2025-01-01.json');
  s.write('evening');
  assert.equal(await s.backups.rotateDaily(s.snapshot, 7), undefined);
  assert.equal(readFileSync(join(s.dir, 'backups', 'notebook-2025-01-01.json'), 'utf8'), 'morning');
});

test('rotation keeps the backups of the 7 most recent days, newest first', async () => {
  const s = setup();
  for (let day = 1; day <= 10; day++) {
    s.setNow(new Date(2025, 0, day, 9, 30));
    s.write(`day ${day}`);
    await s.backups.rotateDaily(s.snapshot, 7);
  }
  const list = await s.backups.list();
  assert.deepEqual(
    list.map((b) => b.name),
    [10, 9, 8, 7, 6, 5, 4].map((d) => `notebook-2025-01-${String(d).padStart(2, '0')}.json`),
  );
  assert.equal(list[0]?.createdAt, new Date(2025, 0, 10, 9, 30).toISOString());
  assert.equal(list[0]?.bytes, 6);
  assert.equal((await s.backups.readBytes('notebook-2025-01-04.json')).toString(), 'day 4');
});

test('labelled backups never replace one another and count towards their day', async () => {
  const s = setup();
  const a = await s.backups.saveLabelled(Buffer.from('a'), 'before-restore');
  const b = await s.backups.saveLabelled(Buffer.from('b'), 'before-restore');
  assert.equal(a, 'notebook-2025-01-01-before-restore-120000.json');
  assert.equal(b, 'notebook-2025-01-01-before-restore-120000-2.json');
  s.setNow(new Date(2025, 0, 2, 12));
  s.write('x');
  await s.backups.rotateDaily(s.snapshot, 1);
  assert.deepEqual((await s.backups.list()).map((x) => x.name), ['notebook-2025-01-02.json']);
});

test('only listed backups can be opened by name', async () => {
  const s = setup();
  s.write('x');
  await s.backups.rotateDaily(s.snapshot, 7);
  assert.equal(await s.backups.pathOf('notebook-2025-01-01.json'), join(s.dir, 'backups', 'notebook-2025-01-01.json'));
  for (const name of ['notebook-2025-01-02.json', '../notebook.json', 'notebook-2025-01-01.json/..']) {
    await assert.rejects(s.backups.pathOf(name), (e: unknown) => e instanceof NotebookError && e.code === 'NOT_FOUND');
  }
});

test('an absent backups folder lists nothing; leftover temp files are removed', async () => {
  const s = setup();
  assert.deepEqual(await s.backups.list(), []);
  mkdirSync(join(s.dir, 'backups'));
  writeFileSync(join(s.dir, 'backups', 'notebook-2025-01-01.json.tmp-1-abcd'), 'half');
  writeFileSync(join(s.dir, 'backups', 'notes.txt'), 'not ours');
  await s.backups.removeLeftovers();
  assert.deepEqual(readdirSync(join(s.dir, 'backups')), ['notes.txt']);
  assert.deepEqual(await s.backups.list(), []);
});
