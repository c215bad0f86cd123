import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NotebookError } from '../../shared/result';
import { acquireLock } from './lock-file';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));
const opts = { app: 'Dossier', now: () => new Date('2025-01-01T10:00:00.000Z') };
const isLocked = (pattern: RegExp) => (e: unknown) => e instanceof NotebookError && e.code === 'LOCKED' && pattern.test(e.message);

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid as number;
}

function startHolder(dir: string): Promise<ChildProcess> {
  const script = fileURLToPath(new URL('./lock-child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`lock child exited with ${code}`)));
  });
}

test('writes {pid, hostname, startedAt, app} and removes it on release', async () => {
  const dir = freshDir();
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  assert.deepEqual(JSON.parse(readFileSync(lock.path, 'utf8')), { pid: process.pid, hostname: hostname(), startedAt: '2025-01-01T10:00:00.000Z', app: 'Dossier' });
  assert.deepEqual(readdirSync(dir), ['notebook.lock']);
  await lock.release();
  assert.deepEqual(readdirSync(dir), []);
});

test('a second writer in the same process is refused with the owner named', async () => {
  const dir = freshDir();
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  await assert.rejects(
    acquireLock(dir, join(dir, 'notebook.lock'), opts),
    isLocked(new RegExp(`^The notebook in .+ is open in another Dossier process \\(pid ${process.pid}, since 2025-01-01T10:00:00.000Z\\)\\. Close it and try again\\.$`)),
  );
  await lock.release();
});

test('a lock held by another live process is refused, and taken over once that process is killed', async () => {
  const dir = freshDir();
  const holder = await startHolder(dir);
  await assert.rejects(acquireLock(dir, join(dir, 'notebook.lock'), opts), isLocked(new RegExp(`pid ${holder.pid}`)));
  const exited = new Promise((r) => holder.once('exit', r));
  holder.kill('SIGKILL');
  await exited;
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  const from = lock.takenOverFrom;
  assert.ok(from && from !== 'unreadable');
  assert.equal(from.pid, holder.pid);
  assert.equal(from.app, 'lock-child');
  await lock.release();
});

test('a lock released by its process can be taken without a takeover', async () => {
  const dir = freshDir();
  const holder = await startHolder(dir);
  const exited = new Promise((r) => holder.once('exit', r));
  holder.stdin?.end();
  await exited;
  assert.equal(existsSync(join(dir, 'notebook.lock')), false);
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  assert.equal(lock.takenOverFrom, undefined);
  await lock.release();
});

test('a stale lock from a dead pid on this host is taken over', async () => {
  const dir = freshDir();
  const pid = await deadPid();
  const stale = { pid, hostname: hostname(), startedAt: '2024-12-31T00:00:00.000Z', app: 'Dossier' };
  writeFileSync(join(dir, 'notebook.lock'), JSON.stringify(stale));
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  assert.deepEqual(lock.takenOverFrom, stale);
  assert.equal(JSON.parse(readFileSync(lock.path, 'utf8')).pid, process.pid);
  assert.deepEqual(readdirSync(dir), ['notebook.lock']);
  await lock.release();
});

test('a lock from another host is never taken over, since its pid cannot be checked', async () => {
  const dir = freshDir();
  const other = { pid: await deadPid(), hostname: `not-${hostname()}`, startedAt: '2024-12-31T00:00:00.000Z', app: 'Dossier' };
  writeFileSync(join(dir, 'notebook.lock'), JSON.stringify(other));
  await assert.rejects(acquireLock(dir, join(dir, 'notebook.lock'), opts), isLocked(new RegExp(`on not-${hostname()}`)));
});

test('an unreadable lock is respected while young and taken over once old', async () => {
  const dir = freshDir();
  const path = join(dir, 'notebook.lock');
  writeFileSync(path, '');
  await assert.rejects(acquireLock(dir, path, opts), isLocked(/being opened/));
  const old = new Date(Date.now() - 60_000);
  utimesSync(path, old, old);
  const lock = await acquireLock(dir, path, opts);
  assert.equal(lock.takenOverFrom, 'unreadable');
  await lock.release();
});

test('release leaves a lock that is no longer ours', async () => {
  const dir = freshDir();
  const lock = await acquireLock(dir, join(dir, 'notebook.lock'), opts);
  const someoneElse = { pid: 1, hostname: hostname(), startedAt: 'x', app: 'Dossier' };
  writeFileSync(lock.path, JSON.stringify(someoneElse));
  await lock.release();
  assert.deepEqual(JSON.parse(readFileSync(lock.path, 'utf8')), someoneElse);
});
