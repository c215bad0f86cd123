import { join } from 'node:path';
import type { Migrations } from './run-migrations';

export interface StoreOptions<D, Op> {
  /** Data directory; created if missing (unless readOnly). */
  dir: string;
  /** Snapshot file name, default 'notebook.json'. The journal, lock and backups take its stem. */
  fileName?: string;
  /** The schema version this app writes. */
  schemaVersion: number;
  /** A fresh empty state. */
  defaults: () => D;
  /** Returns the typed state or throws (a zod parse, in practice). */
  validate: (raw: unknown) => D;
  /** Pure: migrations[n] takes a version n-1 state to version n. */
  migrations: Migrations;
  /**
   * Pure: opMigrations[n] takes a version n-1 op to version n. Only used when an older app crashed
   * with ops still in its journal; a version whose ops did not change needs no entry.
   */
  opMigrations?: Migrations;
  /**
   * Deterministic reducer that mutates state in place. It must throw before changing anything
   * when it rejects an op: the op is already in the journal, and replay skips it the same way.
   */
  apply: (state: D, op: Op) => void;
  /** No lock, never writes: for CLI read commands. */
  readOnly?: boolean;
  now?: () => Date;
  /** Background compaction starts once the journal holds this many ops or bytes. */
  compactAfter?: { ops?: number; bytes?: number };
  backups?: { keep?: number };
  /** Written into the lock file so another process can name its owner. */
  appName?: string;
  /** Where failures of background compaction go (nobody awaits it). Default console.error. */
  onBackgroundError?: (error: unknown) => void;
}

export interface StorePaths {
  dir: string;
  fileName: string;
  snapshot: string;
  journalName: string;
  journal: string;
  lock: string;
  backupsDir: string;
  /** File-name stem for backups: notebook-YYYY-MM-DD.json */
  stem: string;
}

export function storePaths(dir: string, fileName = 'notebook.json'): StorePaths {
  const stem = fileName.replace(/\.json$/i, '');
  return {
    dir,
    fileName,
    snapshot: join(dir, fileName),
    journalName: `${stem}.journal`,
    journal: join(dir, `${stem}.journal`),
    lock: join(dir, `${stem}.lock`),
    backupsDir: join(dir, 'backups'),
    stem,
  };
}
