import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NotebookError } from '../../shared/result';
import { Backups } from './backups';
import { loadBaseState } from './load-base-state';
import { emptyToy, TOY_SCHEMA_VERSION, toyMigrations, validateToy } from './toy-state';

const now = () => new Date('2025-02-03T04:05:06.007Z');
const envelope = (data: unknown, journalSeq = 0, schemaVersion = TOY_SCHEMA_VERSION) => JSON.stringify({ schemaVersion, journalSeq, data });

function setup(readOnly = false) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  const backupsDir = join(dir, 'backups');
  const ctx = {
    snapshotPath: join(dir, 'notebook.json'),
    spec: { schemaVersion: TOY_SCHEMA_VERSION, validate: validateToy, migrations: toyMigrations },
    defaults: emptyToy,
    backups: new Backups(backupsDir, 'notebook', now),
    readOnly,
    now,
  };
  const backup = (name: string, content: string) => {
    mkdirSync(backupsDir, { recursive: true });
    writeFileSync(join(backupsDir, name), content);
  };
  return { dir, ctx, backup };
}

test('a good snapshot is the base, with no notice', async () => {
  const { ctx } = setup();
  writeFileSync(ctx.snapshotPath, envelope({ counters: { a: 1 }, log: [] }, 5));
  const base = await loadBaseState(ctx);
  assert.equal(base.source, 'snapshot');
  assert.equal(base.envelope.journalSeq, 5);
  assert.equal(base.notice, undefined);
});

test('no file and no backups is a first run: defaults, no notice', async () => {
  const { ctx } = setup();
  const base = await loadBaseState(ctx);
  assert.deepEqual(base, { envelope: { schemaVersion: TOY_SCHEMA_VERSION, journalSeq: 0, data: emptyToy() }, fromVersion: TOY_SCHEMA_VERSION, source: 'defaults' });
});

test('a bad snapshot is moved aside and the newest backup that is good is restored', async () => {
  const { dir, ctx, backup } = setup();
  writeFileSync(ctx.snapshotPath, '{"schemaVersion":3,"jou');
  backup('notebook-2025-01-01.json', envelope({ counters: { old: 1 }, log: [] }, 2));
  backup('notebook-2025-01-02.json', envelope({ counters: { newer: 1 }, log: [] }, 4));
  backup('notebook-2025-01-03.json', 'garbage');
  const base = await loadBaseState(ctx);
  assert.equal(base.source, 'backup');
  assert.deepEqual(base.envelope.data, { counters: { newer: 1 }, log: [] });
  const moved = join(dir, 'notebook.json.corrupt-2025-02-03T04-05-06.007Z');
  assert.deepEqual(base.notice, {
    kind: 'recovered-from-backup',
    message: base.notice?.message,
    movedTo: moved,
    restoredFrom: join(dir, 'backups', 'notebook-2025-01-02.json'),
  });
  assert.match(base.notice?.message ?? '', /notebook\.json could not be read \(it is not valid JSON.*moved to .*corrupt-.*Restored the backup notebook-2025-01-02\.json/);
  assert.equal(readFileSync(moved, 'utf8'), '{"schemaVersion":3,"jou');
  assert.equal(readdirSync(dir).includes('notebook.json'), false);
});

test('a backup in an older schema is migrated when restored; one in a newer schema is skipped', async () => {
  const { ctx, backup } = setup();
  writeFileSync(ctx.snapshotPath, '');
  backup('notebook-2025-01-01.json', envelope({ counts: { a: 3 } }, 0, 1));
  backup('notebook-2025-01-02.json', envelope({}, 0, 99));
  const base = await loadBaseState(ctx);
  assert.deepEqual(base.envelope.data, { counters: { a: 3 }, log: [] });
  assert.equal(base.fromVersion, 1);
});

test('with no good backup the notebook starts empty, says so, and keeps the bad file', async () => {
  const { dir, ctx, backup } = setup();
  writeFileSync(ctx.snapshotPath, envelope({ counters: 'no' }));
  backup('notebook-2025-01-01.json', 'null');
  const base = await loadBaseState(ctx);
  assert.equal(base.source, 'defaults');
  assert.deepEqual(base.envelope.data, emptyToy());
  assert.equal(base.notice?.kind, 'corrupt-no-backup');
  assert.match(base.notice?.message ?? '', /fails the notebook schema.*No usable backup/);
  assert.equal(readFileSync(base.notice?.movedTo ?? '', 'utf8'), envelope({ counters: 'no' }));
  assert.ok(readdirSync(dir).some((n) => n.startsWith('notebook.json.corrupt-')));
});

test('a missing snapshot with backups around is restored from them, not started empty', async () => {
  const { ctx, backup } = setup();
  backup('notebook-2025-01-01.json', envelope({ counters: { a: 1 }, log: [] }, 3));
  const base = await loadBaseState(ctx);
  assert.equal(base.source, 'backup');
  assert.match(base.notice?.message ?? '', /notebook\.json is missing\. Restored the backup/);
  assert.equal(base.notice?.movedTo, undefined);
});

test('read-only: a bad snapshot is left where it is and a backup is shown', async () => {
  const { dir, ctx, backup } = setup(true);
  writeFileSync(ctx.snapshotPath, 'null');
  backup('notebook-2025-01-01.json', envelope({ counters: { a: 1 }, log: [] }));
  const base = await loadBaseState(ctx);
  assert.equal(base.source, 'backup');
  assert.match(base.notice?.message ?? '', /Showing the backup.*nothing on disk was changed/);
  assert.deepEqual(readdirSync(dir).sort(), ['backups', 'notebook.json']);
});

test('a newer schema throws NEWER_SCHEMA and touches nothing', async () => {
  const { dir, ctx } = setup();
  writeFileSync(ctx.snapshotPath, envelope({}, 0, 7));
  await assert.rejects(
    loadBaseState(ctx),
    (e: unknown) =>
      e instanceof NotebookError &&
      e.code === 'NEWER_SCHEMA' &&
      e.message === `notebook.json was written by a newer Dossier (schema 7; this version knows ${TOY_SCHEMA_VERSION}). Update Dossier to open it.`,
  );
  assert.deepEqual(readdirSync(dir), ['notebook.json']);
});
