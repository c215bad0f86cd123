import { readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { BackupInfo, StoreNotice } from '../../shared/types';
import { NotebookError } from '../../shared/result';
import type { Backups } from './backups';
import type { JournalFile } from './journal-file';
import type { HeldLock } from './lock-file';
import { formatJournalLine } from './parse-journal';
import type { SnapshotEnvelope } from './read-snapshot';
import { readSnapshot } from './read-snapshot';
import type { StoreOptions, StorePaths } from './store-options';

interface PendingCommit {
  opsJson: string;
  opCount: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** What openStore hands over once the state is loaded and the journal replayed. */
export interface StoreParts<D, Op> {
  opts: StoreOptions<D, Op>;
  paths: StorePaths;
  low: Low<SnapshotEnvelope<D>>;
  backups: Backups;
  notices: StoreNotice[];
  /** The last journal seq applied to the state. */
  seq: number;
  /** Absent when read-only. */
  writer?: { journal: JournalFile; lock: HeldLock; journalOps: number };
}

const DEFAULT_COMPACT_OPS = 1000;
const DEFAULT_COMPACT_BYTES = 1 << 20;
export const DEFAULT_BACKUPS_KEEP = 7;

const ioError = (what: string, e: unknown) =>
  e instanceof NotebookError ? e : new NotebookError('IO', `${what}: ${e instanceof Error ? e.message : String(e)}`);

/**
 * The durable store: a snapshot held by lowdb plus an fsynced journal of ops. Build it with openStore.
 *
 * Two queues keep it consistent. `serial` orders everything that touches the journal or swaps the
 * state (appends, the capture and truncation steps of compaction, restore), so the in-memory state
 * only ever moves with the journal. `maintain` orders compactions and restores against each other,
 * so two snapshot writes never race.
 */
export class Store<D, Op> {
  private readonly notes: StoreNotice[];
  private seq: number;
  private pending: PendingCommit[] = [];
  private flushQueued = false;
  private serialTail: Promise<unknown> = Promise.resolve();
  private maintainTail: Promise<unknown> = Promise.resolve();
  private compactionQueued = false;
  private journalOps: number;
  private closing = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly parts: StoreParts<D, Op>) {
    this.notes = parts.notices;
    this.seq = parts.seq;
    this.journalOps = parts.writer?.journalOps ?? 0;
  }

  /** The current state. restoreBackup replaces the object, so read it afresh rather than keeping it. */
  get state(): Readonly<D> {
    return this.parts.low.data.data;
  }

  get notices(): StoreNotice[] {
    return this.notes;
  }

  /**
   * Appends the op(s) as one journal line and resolves once that line is fsynced; only then is the
   * state changed. Commits that arrive while an append is in flight share the next append and fsync.
   * The state receives the ops as they round-trip through JSON, exactly as a replay would.
   * An array is a batch: one line, one fsync, applied in order.
   */
  commit(op: Op | Op[]): Promise<void> {
    const blocked = this.writeBlocked();
    if (blocked) return Promise.reject(blocked);
    const ops = Array.isArray(op) ? op : [op];
    if (ops.length === 0) return Promise.resolve();
    let opsJson: string;
    try {
      opsJson = JSON.stringify(ops);
    } catch (e) {
      return Promise.reject(new NotebookError('INVALID_INPUT', `The change cannot be saved as JSON: ${(e as Error).message}`));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ opsJson, opCount: ops.length, resolve, reject });
      if (!this.flushQueued) {
        this.flushQueued = true;
        void this.serial(() => this.flush());
      }
    });
  }

  /** Folds the journal into a new snapshot and empties the journal. Commits keep flowing meanwhile. */
  compact(): Promise<void> {
    const blocked = this.writeBlocked();
    if (blocked) return Promise.reject(blocked);
    return this.maintain(() => this.compactNow());
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.parts.backups.list();
  }

  /**
   * Replaces the state with a backup, after checking that it reads, migrates and validates.
   * The current notebook (journal included) is kept first as a "before-restore" backup.
   */
  async restoreBackup(name: string): Promise<void> {
    const blocked = this.writeBlocked();
    if (blocked) throw blocked;
    const { backups, low, opts } = this.parts;
    const read = await readSnapshot(await backups.pathOf(name), this.snapshotSpec());
    if (read.kind === 'newer') {
      throw new NotebookError('NEWER_SCHEMA', `Backup ${name} was written by a newer Dossier (schema ${read.version}; this version knows ${opts.schemaVersion}).`);
    }
    if (read.kind !== 'good') {
      throw new NotebookError('CORRUPT', `Backup ${name} cannot be restored: ${read.kind === 'bad' ? read.reason : 'it is missing'}.`);
    }
    const { journal } = this.writerParts();
    await this.maintain(() =>
      this.serial(async () => {
        try {
          if (journal.size > 0) await this.writeSnapshotAndTruncate();
          await backups.saveLabelled(await readFile(this.parts.paths.snapshot), 'before-restore');
          low.data = { schemaVersion: opts.schemaVersion, journalSeq: this.seq, data: read.envelope.data };
          await low.write();
        } catch (e) {
          throw ioError(`Could not restore backup ${name} into ${this.parts.paths.snapshot}`, e);
        }
      }),
    );
  }

  /** Waits for queued commits, compacts, closes the journal and releases the lock. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing = true;
      const writer = this.parts.writer;
      if (!writer) return;
      try {
        await this.serial(async () => undefined);
        await this.maintain(async () => {
          if (writer.journal.size > 0) await this.compactNow();
        });
      } finally {
        await writer.journal.close();
        await writer.lock.release();
      }
    })();
    return this.closed;
  }

  private writeBlocked(): NotebookError | undefined {
    if (!this.parts.writer) {
      return new NotebookError('FORBIDDEN', `The notebook in ${this.parts.paths.dir} was opened read-only and cannot be changed.`);
    }
    if (this.closing) return new NotebookError('INTERNAL', `The notebook store for ${this.parts.paths.dir} is closed.`);
    return undefined;
  }

  private writerParts() {
    const writer = this.parts.writer;
    if (!writer) throw new Error('read-only store has no writer');
    return writer;
  }

  private snapshotSpec() {
    const { schemaVersion, validate, migrations } = this.parts.opts;
    return { schemaVersion, validate, migrations };
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.serialTail.then(task);
    this.serialTail = run.catch(() => undefined);
    return run;
  }

  private maintain<T>(task: () => Promise<T>): Promise<T> {
    const run = this.maintainTail.then(task);
    this.maintainTail = run.catch(() => undefined);
    return run;
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending.splice(0);
    const { journal } = this.writerParts();
    const text = batch.map((c, i) => formatJournalLine(this.seq + 1 + i, c.opsJson)).join('');
    try {
      await journal.append(text);
    } catch (e) {
      const error = ioError(`Could not save the change to ${journal.path}`, e);
      for (const c of batch) c.reject(error);
      return;
    }
    this.seq += batch.length;
    const state = this.parts.low.data.data;
    for (const c of batch) {
      this.journalOps += c.opCount;
      try {
        for (const op of JSON.parse(c.opsJson) as Op[]) this.parts.opts.apply(state, op);
        c.resolve();
      } catch (e) {
        c.reject(e);
      }
    }
    this.scheduleCompactionIfDue();
  }

  private scheduleCompactionIfDue(): void {
    const limits = this.parts.opts.compactAfter ?? {};
    const { journal } = this.writerParts();
    const due = this.journalOps >= (limits.ops ?? DEFAULT_COMPACT_OPS) || journal.size >= (limits.bytes ?? DEFAULT_COMPACT_BYTES);
    if (!due || this.compactionQueued || this.closing) return;
    this.compactionQueued = true;
    setImmediate(() => {
      // close() compacts anyway, after the journal is closed a background run would only fail.
      if (this.closing) {
        this.compactionQueued = false;
        return;
      }
      this.maintain(() => this.compactNow())
        .catch((e: unknown) => (this.parts.opts.onBackgroundError ?? console.error)(e))
        .finally(() => {
          this.compactionQueued = false;
        });
    });
  }

  /**
   * The snapshot is serialised inside the serial queue (lowdb's write reaches our adapter, which
   * stringifies before its first await), so it matches `seq` exactly; the slow write and fsync then
   * run while commits keep appending. Only the journal lines the snapshot holds are dropped after.
   */
  private async compactNow(): Promise<void> {
    const { journal } = this.writerParts();
    const { low } = this.parts;
    const { written, bytesAt, opsAt } = await this.serial(async () => {
      low.data.journalSeq = this.seq;
      return { written: low.write(), bytesAt: journal.size, opsAt: this.journalOps };
    });
    try {
      await written;
      await this.serial(async () => {
        if (journal.size === bytesAt) await journal.truncate();
        else await journal.dropPrefix(bytesAt);
        this.journalOps -= opsAt;
      });
      await this.parts.backups.rotateDaily(this.parts.paths.snapshot, this.parts.opts.backups?.keep ?? DEFAULT_BACKUPS_KEEP);
    } catch (e) {
      throw ioError(`Could not compact ${this.parts.paths.snapshot}`, e);
    }
  }

  /** Only inside the serial queue: blocks commits for a full snapshot write. */
  private async writeSnapshotAndTruncate(): Promise<void> {
    const { journal } = this.writerParts();
    this.parts.low.data.journalSeq = this.seq;
    await this.parts.low.write();
    await journal.truncate();
    this.journalOps = 0;
  }
}
