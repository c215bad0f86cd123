import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NotebookError } from '../../shared/result';
import { openStore } from './open-store';
import { formatJournalLine } from './parse-journal';
import { TOY_SCHEMA_VERSION, toyOptions } from './toy-state';
import type { ToyOp, ToyState } from './toy-state';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));
const NOW = new Date(2025, 4, 6, 12, 0, 0);
const opts = (dir: string, extra = {}) => toyOptions(dir, { now: () => NOW, ...extra });
const envelope = (data: unknown, journalSeq = 0, schemaVersion = TOY_SCHEMA_VERSION) => JSON.stringify({ schemaVersion, journalSeq, data });
const line = (seq: number, ops: ToyOp[] | unknown[]) => formatJournalLine(seq, JSON.stringify(ops));
const inc = (key: string, by = 1): ToyOp => ({ type: 'inc', key, by });
const code = (c: string, pattern?: RegExp) => (e: unknown) => e instanceof NotebookError && e.code === c && (!pattern || pattern.test(e.message));

/** Every file under dir with its content hash and mtime, to prove nothing was touched. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out[relative(dir, p)] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${s.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

async function reopened(dir: string): Promise<ToyState> {
  const store = await openStore(opts(dir));
  const state = structuredClone(store.state) as ToyState;
  await store.close();
  return state;
}

test('a first open writes an empty snapshot, an empty journal and today’s backup; changes survive a reopen', async () => {
  const dir = join(freshDir(), 'nested', 'data');
  const store = await openStore(opts(dir));
  assert.deepEqual(store.notices, []);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')), { schemaVersion: TOY_SCHEMA_VERSION, journalSeq: 0, data: { counters: {}, log: [] } });
  assert.equal(readFileSync(join(dir, 'notebook.journal'), 'utf8'), '');
  assert.deepEqual(readdirSync(join(dir, 'backups')), ['notebook-2025-05-06.json']);
  await store.commit(inc('a', 2));
  await store.close();
  assert.equal(existsSync(join(dir, 'notebook.lock')), false);
  assert.deepEqual(await reopened(dir), { counters: { a: 2 }, log: [] });
});

const CORRUPT: [string, string | Buffer][] = [
  ['an empty file', ''],
  ['truncated JSON', envelope({ counters: { a: 1 }, log: [] }).slice(0, 30)],
  ['NUL bytes', Buffer.alloc(512)],
  ['null', 'null'],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"schemaVersion":3,"journalSeq":0,"data":{"counters":{"'), Buffer.from([0xff, 0xfe]), Buffer.from('":1},"log":[]}}')])],
  ['valid JSON failing validation', envelope({ counters: { a: 'one' }, log: [] })],
];

for (const [what, content] of CORRUPT) {
  test(`a snapshot holding ${what} is moved aside and the newest good backup restored`, async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'notebook-2025-05-01.json'), envelope({ counters: { older: 1 }, log: [] }, 3));
    writeFileSync(join(dir, 'backups', 'notebook-2025-05-05.json'), envelope({ counters: { backup: 1 }, log: ['b'] }, 8));
    writeFileSync(join(dir, 'notebook.json'), content);
    // Journal lines 9 and 10 follow the backup, so they are replayed on top of it.
    writeFileSync(join(dir, 'notebook.journal'), line(9, [inc('backup')]) + line(10, [{ type: 'push', item: 'j' }]));
    const store = await openStore(opts(dir));
    assert.deepEqual(store.state, { counters: { backup: 2 }, log: ['b', 'j'] });
    assert.equal(store.notices.length, 1);
    const notice = store.notices[0];
    assert.equal(notice?.kind, 'recovered-from-backup');
    assert.equal(notice?.restoredFrom, join(dir, 'backups', 'notebook-2025-05-05.json'));
    assert.match(notice?.movedTo ?? '', /notebook\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
    assert.deepEqual(readFileSync(notice?.movedTo ?? ''), Buffer.from(content));
    assert.match(notice?.message ?? '', /could not be read/);
    await store.close();
    const again = await openStore(opts(dir));
    assert.deepEqual(again.notices, []);
    assert.deepEqual(again.state, { counters: { backup: 2 }, log: ['b', 'j'] });
    await again.close();
  });
}

test('a snapshot truncated at any of many offsets is never taken as good: each is moved aside and the backup restored', async () => {
  const full = envelope({ counters: { a: 1, b: 22, c: 333 }, log: ['one', 'two', 'three', 'four'] });
  const offsets = [...new Set(Array.from({ length: 40 }, (_, i) => Math.floor((i * (full.length - 1)) / 39)))];
  assert.ok(offsets.length >= 35);
  for (const n of offsets) {
    const dir = freshDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'notebook-2025-05-05.json'), envelope({ counters: { backup: 1 }, log: [] }));
    writeFileSync(join(dir, 'notebook.json'), full.slice(0, n));
    const store = await openStore(opts(dir));
    assert.deepEqual(store.state, { counters: { backup: 1 }, log: [] }, `cut at ${n}`);
    assert.equal(store.notices[0]?.kind, 'recovered-from-backup', `cut at ${n}`);
    assert.equal(readFileSync(store.notices[0]?.movedTo ?? '', 'utf8'), full.slice(0, n));
    await store.close();
  }
});

test('a corrupt snapshot with no good backup starts from defaults with corrupt-no-backup, keeping the bad file', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), 'null');
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: {}, log: [] });
  assert.equal(store.notices[0]?.kind, 'corrupt-no-backup');
  assert.equal(readFileSync(store.notices[0]?.movedTo ?? '', 'utf8'), 'null');
  await store.close();
});

test('a journal that does not follow the restored backup is kept aside, not replayed onto it', async () => {
  const dir = freshDir();
  mkdirSync(join(dir, 'backups'));
  writeFileSync(join(dir, 'backups', 'notebook-2025-05-05.json'), envelope({ counters: { a: 1 }, log: [] }, 2));
  writeFileSync(join(dir, 'notebook.json'), '');
  writeFileSync(join(dir, 'notebook.journal'), line(7, [inc('a')]));
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  assert.equal(store.notices.length, 1);
  assert.equal(store.notices[0]?.kind, 'recovered-from-backup');
  assert.match(store.notices[0]?.message ?? '', /notebook\.journal could not be replayed in full: its first unapplied line has seq 7/);
  const aside = readdirSync(dir).find((n) => n.startsWith('notebook.journal.damaged-'));
  assert.equal(readFileSync(join(dir, aside ?? ''), 'utf8'), line(7, [inc('a')]));
  await store.commit(inc('b'));
  await store.close();
  assert.deepEqual(await reopened(dir), { counters: { a: 1, b: 1 }, log: [] });
});

test('a BOM before a valid snapshot is accepted without a notice', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), `\uFEFF${envelope({ counters: { a: 1 }, log: [] })}`);
  const store = await openStore(opts(dir));
  assert.deepEqual(store.notices, []);
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  await store.close();
});

test('a snapshot from a newer schema throws NEWER_SCHEMA and changes nothing on disk', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ future: true }, 4, TOY_SCHEMA_VERSION + 1));
  writeFileSync(join(dir, 'notebook.journal'), `${line(5, [inc('a')])}{"torn`);
  writeFileSync(join(dir, 'notebook.json.tmp-123-abcd1234'), 'left over');
  const before = tree(dir);
  await assert.rejects(
    openStore(opts(dir)),
    code('NEWER_SCHEMA', new RegExp(`^notebook\\.json was written by a newer Dossier \\(schema ${TOY_SCHEMA_VERSION + 1}; this version knows ${TOY_SCHEMA_VERSION}\\)\\. Update Dossier to open it\\.$`)),
  );
  assert.deepEqual(tree(dir), before);
});

test('temp files left by a crash are removed and the real files are kept', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: { a: 1 }, log: [] }));
  writeFileSync(join(dir, 'notebook.json.tmp-4242-deadbeef'), '{"schemaVersion":3,"jo');
  writeFileSync(join(dir, 'notebook.journal.tmp-4242-deadbeef'), 'x');
  writeFileSync(join(dir, 'unrelated.txt'), 'keep me');
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  assert.deepEqual(store.notices, []);
  assert.deepEqual(readdirSync(dir).sort(), ['backups', 'notebook.journal', 'notebook.json', 'notebook.lock', 'unrelated.txt']);
  await store.close();
});

test('a torn last journal line is dropped and reported; the lines before it count', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: {}, log: [] }, 1));
  const good = line(1, [inc('folded')]) + line(2, [inc('a')]);
  writeFileSync(join(dir, 'notebook.journal'), `${good}{"seq":3,"ops":[{"type":"inc","ke`);
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  assert.deepEqual(store.notices.map((n) => n.kind), ['journal-torn-tail']);
  assert.match(store.notices[0]?.message ?? '', /last line of notebook\.journal was incomplete/);
  await store.commit(inc('b'));
  await store.close();
  assert.deepEqual(await reopened(dir), { counters: { a: 1, b: 1 }, log: [] });
});

test('a torn tail is truncated away even when nothing needs replaying', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: { a: 1 }, log: [] }, 1));
  writeFileSync(join(dir, 'notebook.journal'), `${line(1, [inc('a')])}\0\0\0\0`);
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  assert.equal(readFileSync(join(dir, 'notebook.journal'), 'utf8'), line(1, [inc('a')]));
  assert.deepEqual(store.notices.map((n) => n.kind), ['journal-torn-tail']);
  await store.close();
});

test('lines already in the snapshot are not applied twice (crash between snapshot write and truncation)', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: { a: 5 }, log: [] }, 5));
  writeFileSync(join(dir, 'notebook.journal'), [3, 4, 5, 6, 7].map((s) => line(s, [inc('a')])).join(''));
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 7 }, log: [] });
  await store.commit(inc('a'));
  await store.close();
  assert.deepEqual(await reopened(dir), { counters: { a: 8 }, log: [] });
});

test('a journal damaged in the middle keeps the lines before it, and the file is moved aside', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: {}, log: [] }, 0));
  const original = `${line(1, [inc('a')])}not json\n${line(3, [inc('c')])}`;
  writeFileSync(join(dir, 'notebook.journal'), original);
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 1 }, log: [] });
  assert.equal(store.notices[0]?.kind, 'journal-torn-tail');
  assert.match(store.notices[0]?.message ?? '', /line 2 is damaged/);
  assert.equal(readFileSync(store.notices[0]?.movedTo ?? '', 'utf8'), original);
  await store.close();
  assert.deepEqual(await reopened(dir), { counters: { a: 1 }, log: [] });
});

test('an older snapshot is migrated, its journal ops upgraded, and the original kept as a backup', async () => {
  const dir = freshDir();
  const v1 = envelope({ counts: { a: 1 } }, 2, 1);
  writeFileSync(join(dir, 'notebook.json'), v1);
  writeFileSync(join(dir, 'notebook.journal'), line(3, [{ type: 'count', key: 'a', n: 10 }]));
  const store = await openStore(opts(dir));
  assert.deepEqual(store.state, { counters: { a: 11 }, log: [] });
  assert.deepEqual(store.notices, []);
  const names = readdirSync(join(dir, 'backups'));
  const pre = names.find((n) => n.startsWith('notebook-2025-05-06-schema-v1-'));
  assert.equal(readFileSync(join(dir, 'backups', pre ?? ''), 'utf8'), v1);
  assert.equal(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')).schemaVersion, TOY_SCHEMA_VERSION);
  assert.equal(readFileSync(join(dir, 'notebook.journal'), 'utf8'), '');
  await store.close();
});

test('a second writer in the same process is refused with LOCKED', async () => {
  const dir = freshDir();
  const store = await openStore(opts(dir));
  await assert.rejects(openStore(opts(dir)), code('LOCKED', new RegExp(`is open in another Dossier process \\(pid ${process.pid}, since `)));
  await store.close();
});

test('another process holding the store refuses us; once it is killed its lock is taken over', async () => {
  const dir = freshDir();
  const script = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked: number[] = [];
  let buffered = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let nl = buffered.indexOf('\n'); nl !== -1; nl = buffered.indexOf('\n')) {
        const [word, n] = buffered.slice(0, nl).split(' ');
        buffered = buffered.slice(nl + 1);
        if (word === 'ack') acked.push(Number(n));
        if (acked.length === 20) resolve();
      }
    });
  });
  await ready;
  await assert.rejects(openStore(opts(dir)), code('LOCKED', new RegExp(`pid ${child.pid}`)));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  const store = await openStore(opts(dir));
  assert.ok(store.notices.some((n) => n.kind === 'lock-taken-over' && n.message.includes(`process ${child.pid}`)));
  assert.ok(store.state.log.length >= Math.max(...acked) + 1);
  assert.equal(JSON.parse(readFileSync(join(dir, 'notebook.lock'), 'utf8')).hostname, hostname());
  await store.close();
});

test('read-only: replays the journal in memory, takes no lock and writes nothing', async () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'notebook.json'), envelope({ counters: { a: 1 }, log: [] }, 1));
  writeFileSync(join(dir, 'notebook.journal'), `${line(2, [inc('a')])}{"seq":3`);
  writeFileSync(join(dir, 'notebook.json.tmp-1-00000000'), 'left');
  writeFileSync(join(dir, 'notebook.lock'), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: 'x', app: 'Dossier' }));
  const before = tree(dir);
  const store = await openStore(opts(dir, { readOnly: true }));
  assert.deepEqual(store.state, { counters: { a: 2 }, log: [] });
  assert.deepEqual(store.notices.map((n) => n.kind), ['journal-torn-tail']);
  await assert.rejects(store.commit(inc('a')), code('FORBIDDEN'));
  await assert.rejects(store.compact(), code('FORBIDDEN'));
  await assert.rejects(store.restoreBackup('notebook-2025-05-06.json'), code('FORBIDDEN'));
  await store.close();
  assert.deepEqual(tree(dir), before);
});

test('read-only on a corrupt snapshot shows a backup and leaves the bad file in place', async () => {
  const dir = freshDir();
  mkdirSync(join(dir, 'backups'));
  writeFileSync(join(dir, 'backups', 'notebook-2025-05-05.json'), envelope({ counters: { b: 1 }, log: [] }));
  writeFileSync(join(dir, 'notebook.json'), '{');
  const before = tree(dir);
  const store = await openStore(opts(dir, { readOnly: true }));
  assert.deepEqual(store.state, { counters: { b: 1 }, log: [] });
  assert.equal(store.notices[0]?.kind, 'recovered-from-backup');
  assert.equal(store.notices[0]?.movedTo, undefined);
  assert.deepEqual(tree(dir), before);
});

test('a data folder that cannot be created is an IO error naming it', async () => {
  const file = join(freshDir(), 'a-file');
  writeFileSync(file, 'x');
  await assert.rejects(openStore(opts(join(file, 'data'))), code('IO', /Cannot create the notebook folder .*a-file/));
});

test('read-only on a missing directory shows an empty notebook and creates nothing', async () => {
  const dir = join(freshDir(), 'absent');
  const store = await openStore(opts(dir, { readOnly: true }));
  assert.deepEqual(store.state, { counters: {}, log: [] });
  await store.close();
  assert.equal(existsSync(dir), false);
});
