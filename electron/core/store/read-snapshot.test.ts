import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSnapshot } from './read-snapshot';
import { MissingMigrationError } from './run-migrations';
import { TOY_SCHEMA_VERSION, toyMigrations, validateToy } from './toy-state';

const spec = { schemaVersion: TOY_SCHEMA_VERSION, validate: validateToy, migrations: toyMigrations };
const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
let n = 0;
const fileWith = (content: string | Buffer) => {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, content);
  return path;
};
const envelope = (schemaVersion: number, data: unknown, journalSeq = 0) => JSON.stringify({ schemaVersion, journalSeq, data });

test('a good current snapshot is returned as is', async () => {
  const r = await readSnapshot(fileWith(envelope(3, { counters: { a: 1 }, log: ['x'] }, 7)), spec);
  assert.deepEqual(r, { kind: 'good', fromVersion: 3, envelope: { schemaVersion: 3, journalSeq: 7, data: { counters: { a: 1 }, log: ['x'] } } });
});

test('an older snapshot is migrated in order and then validated', async () => {
  const r = await readSnapshot(fileWith(envelope(1, { counts: { a: 2 } }, 4)), spec);
  assert.deepEqual(r, { kind: 'good', fromVersion: 1, envelope: { schemaVersion: 3, journalSeq: 4, data: { counters: { a: 2 }, log: [] } } });
});

test('a missing file is missing, not bad', async () => {
  assert.deepEqual(await readSnapshot(join(dir, 'absent.json'), spec), { kind: 'missing' });
});

test('a newer schema is reported with its version', async () => {
  assert.deepEqual(await readSnapshot(fileWith(envelope(9, {})), spec), { kind: 'newer', version: 9 });
});

test('each kind of damage is bad, with a reason', async () => {
  const cases: [string | Buffer, RegExp][] = [
    ['', /empty/],
    ['{"schemaVersion":3,"journalSeq":0,"data":{"coun', /not valid JSON/],
    [Buffer.alloc(100), /NUL/],
    ['null', /null/],
    [Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), /UTF-8/],
    ['[1,2]', /not a JSON object/],
    ['{"counters":{},"log":[]}', /schemaVersion/],
    [envelope(3, { counters: { a: 'one' }, log: [] }), /fails the notebook schema/],
    [envelope(1, null), /migrating it from schema 1 failed/],
  ];
  for (const [content, reason] of cases) {
    const r = await readSnapshot(fileWith(content), spec);
    assert.equal(r.kind, 'bad', String(content));
    assert.match((r as { reason: string }).reason, reason);
  }
});

test('a BOM before valid JSON is accepted', async () => {
  const r = await readSnapshot(fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(envelope(3, { counters: {}, log: [] }))])), spec);
  assert.equal(r.kind, 'good');
});

test('a migration that throws makes the file bad; a missing migration is a bug and throws', async () => {
  const throwing = { ...spec, migrations: { ...toyMigrations, 2: () => { throw new Error('boom'); } } };
  const r = await readSnapshot(fileWith(envelope(1, { counts: {} })), throwing);
  assert.deepEqual(r, { kind: 'bad', reason: 'migrating it from schema 1 failed (boom)' });
  await assert.rejects(readSnapshot(fileWith(envelope(1, { counts: {} })), { ...spec, migrations: {} }), MissingMigrationError);
});
