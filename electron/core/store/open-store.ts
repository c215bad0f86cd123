import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { NotebookError } from '../../shared/result';
import type { StoreNotice } from '../../shared/types';
import { Backups } from './backups';
import { DurableJsonFile } from './durable-json-file';
import { JournalFile } from './journal-file';
import type { BaseState } from './load-base-state';
import { loadBaseState } from './load-base-state';
import { acquireLock } from './lock-file';
import { moveAside } from './move-aside';
import type { JournalEntry, ParsedJournal } from './parse-journal';
import { parseJournal } from './parse-journal';
import type { ReplayPlan } from './plan-replay';
import { planReplay } from './plan-replay';
import type { SnapshotEnvelope } from './read-snapshot';
import type { StoreOptions, StorePaths } from './store-options';
import { storePaths } from './store-options';
import { DEFAULT_BACKUPS_KEEP, Store } from './store';
import { mkdirDurably } from './write-file-durably';

interface Loaded<D> {
  base: BaseState<D>;
  parsed: ParsedJournal;
  plan: ReplayPlan;
}

async function readJournalBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw e;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Temp files a crash left behind. Snapshot and journal temps are only written by the lock holder
 * (us, now), so all of them are leftovers; lock temps may belong to another process opening right
 * now, so those go only when their pid is dead.
 */
async function removeLeftovers(paths: StorePaths): Promise<void> {
  const lockName = `${paths.stem}.lock`;
  const doomed = (await readdir(paths.dir)).filter((name) => {
    if (name.startsWith(`${paths.fileName}.tmp-`) || name.startsWith(`${paths.journalName}.tmp-`)) return true;
    const m = new RegExp(`^${lockName.replace(/\./g, '\\.')}\\.(?:tmp|stale)-(\\d+)-`).exec(name);
    return m !== null && !isAlive(Number(m[1]));
  });
  await Promise.all(doomed.map((name) => unlink(join(paths.dir, name)).catch(() => undefined)));
}

/** Ops journaled by an older schema are upgraded with opMigrations (missing steps: unchanged). */
function replay<D, Op>(state: D, entries: JournalEntry[], fromVersion: number, opts: StoreOptions<D, Op>): void {
  for (const entry of entries) {
    try {
      for (const raw of entry.ops) {
        let op: unknown = raw;
        for (let v = fromVersion + 1; v <= opts.schemaVersion; v++) op = opts.opMigrations?.[v]?.(op) ?? op;
        opts.apply(state, op as Op);
      }
    } catch {
      // apply is deterministic: this op threw when it was committed too, and its caller was told.
    }
  }
}

async function load<D, Op>(opts: StoreOptions<D, Op>, paths: StorePaths, backups: Backups, now: () => Date): Promise<Loaded<D>> {
  const base = await loadBaseState({
    snapshotPath: paths.snapshot,
    spec: { schemaVersion: opts.schemaVersion, validate: opts.validate, migrations: opts.migrations },
    defaults: opts.defaults,
    backups,
    readOnly: opts.readOnly ?? false,
    now,
  });
  const parsed = parseJournal(await readJournalBytes(paths.journal));
  return { base, parsed, plan: planReplay(parsed, base.envelope.journalSeq) };
}

function tornNotice(paths: StorePaths, parsed: ParsedJournal, readOnly: boolean): StoreNotice | undefined {
  if (!parsed.tornTail) return undefined;
  const action = readOnly ? 'ignored (opened read-only, the file was not changed)' : 'removed';
  return {
    kind: 'journal-torn-tail',
    message: `The last line of ${paths.journalName} was incomplete (${parsed.tornTail.reason}): a save was cut off by a crash before it was confirmed. It was ${action}; every confirmed change is intact.`,
  };
}

/** A journal that cannot be trusted in full is moved aside (never deleted) and the user is told. */
function asideNotice(paths: StorePaths, reason: string, base: BaseState<unknown>, movedTo: string | undefined): StoreNotice {
  const where = movedTo ? ` It was moved to ${movedTo}.` : ' (Opened read-only: nothing on disk was changed.)';
  const text = `${paths.journalName} could not be replayed in full: ${reason}.${where}`;
  if (base.notice) return { ...base.notice, message: `${base.notice.message} ${text}`, ...(movedTo ? { movedTo: base.notice.movedTo ?? movedTo } : {}) };
  return { kind: 'journal-torn-tail', message: text, ...(movedTo ? { movedTo } : {}) };
}

async function openReadOnly<D, Op>(opts: StoreOptions<D, Op>, paths: StorePaths, backups: Backups, now: () => Date): Promise<Store<D, Op>> {
  // A writer may compact between our reads of the snapshot and the journal: a gap after a good
  // snapshot means exactly that, and reading again gets a consistent pair.
  let loaded = await load(opts, paths, backups, now);
  for (let i = 0; i < 3 && loaded.base.source === 'snapshot' && loaded.plan.asideReason && !loaded.parsed.damaged; i++) {
    loaded = await load(opts, paths, backups, now);
  }
  const { base, parsed, plan } = loaded;
  replay(base.envelope.data, plan.replay, base.fromVersion, opts);
  const notices: StoreNotice[] = [];
  const torn = tornNotice(paths, parsed, true);
  if (plan.asideReason) notices.push(asideNotice(paths, plan.asideReason, base, undefined));
  else if (base.notice) notices.push(base.notice);
  if (torn) notices.push(torn);
  const low = new Low<SnapshotEnvelope<D>>(new DurableJsonFile(paths.snapshot), base.envelope);
  return new Store({ opts, paths, low, backups, notices, seq: plan.lastSeq });
}

/**
 * Opens the store in `opts.dir`: takes the lock, loads the snapshot (or recovers it), replays the
 * journal and, when the file on disk is not already the current state in the current schema,
 * writes a fresh snapshot before the first commit can land.
 */
export async function openStore<D, Op>(opts: StoreOptions<D, Op>): Promise<Store<D, Op>> {
  const paths = storePaths(opts.dir, opts.fileName);
  const now = opts.now ?? (() => new Date());
  const backups = new Backups(paths.backupsDir, paths.stem, now);
  if (opts.readOnly) return openReadOnly(opts, paths, backups, now);

  try {
    await mkdirDurably(paths.dir);
  } catch (e) {
    throw new NotebookError('IO', `Cannot create the notebook folder ${paths.dir}: ${(e as Error).message}`);
  }
  const lock = await acquireLock(paths.dir, paths.lock, { app: opts.appName ?? 'Dossier', now });
  let journal: JournalFile | undefined;
  try {
    const notices: StoreNotice[] = [];
    const from = lock.takenOverFrom;
    if (from) {
      const owner = from === 'unreadable' ? 'an unreadable lock file' : `Dossier process ${from.pid} (since ${from.startedAt})`;
      notices.push({
        kind: 'lock-taken-over',
        message: `The notebook in ${paths.dir} was still locked by ${owner}, which is no longer running, probably after a crash. The lock was taken over.`,
      });
    }
    const { base, parsed, plan } = await load(opts, paths, backups, now);
    await removeLeftovers(paths);
    await backups.removeLeftovers();
    const migrated = base.fromVersion < opts.schemaVersion;
    if (migrated && base.source === 'snapshot') {
      await backups.saveLabelled(await readFile(paths.snapshot), `schema-v${base.fromVersion}`);
    }
    replay(base.envelope.data, plan.replay, base.fromVersion, opts);
    base.envelope.journalSeq = plan.lastSeq;
    const low = new Low<SnapshotEnvelope<D>>(new DurableJsonFile(paths.snapshot), base.envelope);

    const torn = tornNotice(paths, parsed, false);
    let needsSnapshot = base.source !== 'snapshot' || migrated || plan.replay.length > 0;
    if (plan.asideReason) {
      // The state must be on disk before the journal holding part of it is moved away.
      await low.write();
      needsSnapshot = false;
      notices.push(asideNotice(paths, plan.asideReason, base, await moveAside(paths.journal, 'damaged', now())));
      journal = await JournalFile.open(paths.journal, 0);
    } else {
      if (base.notice) notices.push(base.notice);
      journal = await JournalFile.open(paths.journal, parsed.goodBytes);
    }
    if (torn) notices.push(torn);

    const journalOps = plan.asideReason ? 0 : parsed.entries.reduce((n, e) => n + e.ops.length, 0);
    const store = new Store({ opts, paths, low, backups, notices, seq: plan.lastSeq, writer: { journal, lock, journalOps } });
    if (needsSnapshot) await store.compact();
    else await backups.rotateDaily(paths.snapshot, opts.backups?.keep ?? DEFAULT_BACKUPS_KEEP);
    return store;
  } catch (e) {
    await journal?.close().catch(() => undefined);
    await lock.release().catch(() => undefined);
    throw e;
  }
}
