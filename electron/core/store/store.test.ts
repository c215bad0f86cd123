import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NotebookError } from '../../shared/result';
import { openStore } from './open-store';
import { parseJournal } from './parse-journal';
import { applyToy, toyOptions } from './toy-state';
import type { ToyOp, ToyState } from './toy-state';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));
const inc = (key: string, by = 1): ToyOp => ({ type: 'inc', key, by });
const push = (item: string): ToyOp => ({ type: 'push', item });
const code = (c: string) => (e: unknown) => e instanceof NotebookError && e.code === c;
const journalOf = (dir: string) => parseJournal(readFileSync(join(dir, 'notebook.journal')));

async function diskState(dir: string): Promise<ToyState> {
  const reader = await openStore(toyOptions(dir, { readOnly: true }));
  return structuredClone(reader.state) as ToyState;
}

test('commit resolves once its line is in the journal, and changes the state only after the append', async () => {
  const dir = freshDir();
  const journalHadOp: boolean[] = [];
  const store = await openStore(
    toyOptions(dir, {
      apply: (state, op) => {
        journalHadOp.push(readFileSync(join(dir, 'notebook.journal'), 'utf8').includes(JSON.stringify(op)));
        applyToy(state, op);
      },
    }),
  );
  const pending = store.commit(inc('a'));
  assert.deepEqual(store.state.counters, {});
  await pending;
  assert.deepEqual(store.state.counters, { a: 1 });
  assert.deepEqual(journalOf(dir).entries, [{ seq: 1, ops: [inc('a')] }]);
  await store.commit([inc('b'), push('x')]);
  assert.deepEqual(journalOf(dir).entries.at(-1), { seq: 2, ops: [inc('b'), push('x')] });
  assert.deepEqual(journalHadOp, [true, true, true]);
  await store.close();
});

test('the state receives ops exactly as they come back from JSON, so memory always equals a replay', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir));
  const op = { type: 'push', item: 'x', extra: undefined } as ToyOp;
  await store.commit(op);
  (op as { item: string }).item = 'changed after commit';
  assert.deepEqual(store.state.log, ['x']);
  await assert.rejects(store.commit({ type: 'inc', key: 'a', by: 1n } as unknown as ToyOp), code('INVALID_INPUT'));
  await store.commit([]);
  assert.equal(journalOf(dir).entries.length, 1);
  await store.close();
});

test('an op the reducer rejects fails only its own commit, and replay skips it the same way', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir));
  const results = await Promise.allSettled([store.commit(inc('a')), store.commit({ type: 'reject' }), store.commit(push('after'))]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.deepEqual(await diskState(dir), store.state);
  await store.close();
  assert.deepEqual(await diskState(dir), { counters: { a: 1 }, log: ['after'] });
});

test('1,000 concurrent commits end with the disk equal to memory, in call order', async () => {
  const dir = freshDir();
  const errors: unknown[] = [];
  const store = await openStore(toyOptions(dir, { compactAfter: { ops: 100, bytes: 4096 }, onBackgroundError: (e) => errors.push(e) }));
  const commits: Promise<void>[] = [];
  for (let i = 0; i < 1000; i++) {
    commits.push(store.commit([push(`i${i}`), inc(`k${i % 7}`)]));
    // Yield now and then so appends, group commits and background compactions interleave.
    if (i % 50 === 0) await new Promise(setImmediate);
  }
  await Promise.all(commits);
  assert.deepEqual(store.state.log, Array.from({ length: 1000 }, (_, i) => `i${i}`));
  assert.deepEqual(await diskState(dir), store.state);
  const memory = structuredClone(store.state);
  await store.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(await diskState(dir), memory);
  assert.equal(readFileSync(join(dir, 'notebook.journal'), 'utf8'), '');
});

test('background compaction starts by itself once the journal reaches its limit', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir, { compactAfter: { ops: 5 } }));
  for (let i = 0; i < 5; i++) await store.commit(inc('a'));
  for (let waited = 0; readFileSync(join(dir, 'notebook.journal')).length > 0; waited += 10) {
    assert.ok(waited < 10_000, 'no background compaction within 10 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')).journalSeq, 5);
  await store.close();
});

test('commits made while a compaction writes the snapshot stay in the journal after it', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir));
  // A few MB of state, so the snapshot write takes long enough for commits to land during it.
  await store.commit(Array.from({ length: 40 }, (_, i) => inc(`${i}-${'x'.repeat(100_000)}`)));
  let done = false;
  const compaction = store.compact().finally(() => (done = true));
  let during = 0;
  while (!done) await store.commit(push(`during${during++}`));
  await compaction;
  const snapshot = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { journalSeq: number };
  const lastSeq = 1 + during;
  assert.ok(snapshot.journalSeq < lastSeq, 'some commits landed while the snapshot was being written');
  assert.deepEqual(
    journalOf(dir).entries.map((e) => e.seq),
    Array.from({ length: lastSeq - snapshot.journalSeq }, (_, i) => snapshot.journalSeq + 1 + i),
  );
  assert.deepEqual(await diskState(dir), store.state);
  await store.close();
});

test('close waits for queued commits, compacts, releases the lock and refuses later commits', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir));
  const queued = [store.commit(inc('a')), store.commit(inc('a'))];
  const closing = store.close();
  await Promise.all(queued);
  await closing;
  await assert.rejects(store.commit(inc('a')), code('INTERNAL'));
  assert.equal(readdirSync(dir).includes('notebook.lock'), false);
  assert.equal(readFileSync(join(dir, 'notebook.journal'), 'utf8'), '');
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')), { schemaVersion: 3, journalSeq: 2, data: { counters: { a: 2 }, log: [] } });
  await store.close();
});

test('backups rotate one per day, keep the last 7, and restore', async () => {
  const dir = freshDir();
  let now = new Date(2025, 0, 1, 9, 0, 0);
  const store = await openStore(toyOptions(dir, { now: () => now }));
  for (let day = 1; day <= 10; day++) {
    now = new Date(2025, 0, day, 9, 0, 0);
    await store.commit(push(`d${day}`));
    await store.compact();
    await store.commit(push(`late${day}`));
    await store.compact();
  }
  const names = (await store.listBackups()).map((b) => b.name);
  assert.deepEqual(names, [10, 9, 8, 7, 6, 5, 4].map((d) => `notebook-2025-01-${String(d).padStart(2, '0')}.json`));
  const current = structuredClone(store.state) as ToyState;
  assert.equal(current.log.length, 20);

  await store.commit(push('unsaved-in-snapshot'));
  await store.restoreBackup('notebook-2025-01-05.json');
  // Day 5's backup is its first snapshot: everything up to d5, nothing later.
  const day5 = ['d1', 'late1', 'd2', 'late2', 'd3', 'late3', 'd4', 'late4', 'd5'];
  assert.deepEqual(store.state.log, day5);
  const kept = (await store.listBackups()).find((b) => b.name.startsWith('notebook-2025-01-10-before-restore-'));
  assert.ok(kept, 'the state before the restore is kept as a backup');
  const keptDoc = JSON.parse(readFileSync(join(dir, 'backups', kept.name), 'utf8')) as { data: ToyState };
  assert.deepEqual(keptDoc.data.log, [...current.log, 'unsaved-in-snapshot']);

  await store.commit(push('after-restore'));
  await store.close();
  assert.deepEqual((await diskState(dir)).log, [...day5, 'after-restore']);
});

test('a backup that fails to read or validate is not restored, and nothing changes', async () => {
  const dir = freshDir();
  const store = await openStore(toyOptions(dir, { now: () => new Date(2025, 0, 1, 9) }));
  await store.commit(push('x'));
  writeFileSync(join(dir, 'backups', 'notebook-2024-12-31.json'), JSON.stringify({ schemaVersion: 3, journalSeq: 0, data: { counters: [], log: [] } }));
  await assert.rejects(store.restoreBackup('notebook-2024-12-31.json'), (e: unknown) => code('CORRUPT')(e) && /fails the notebook schema/.test((e as Error).message));
  await assert.rejects(store.restoreBackup('../notebook.json'), code('NOT_FOUND'));
  assert.deepEqual(store.state.log, ['x']);
  await store.close();
  assert.deepEqual((await diskState(dir)).log, ['x']);
});
