import { basename } from 'node:path';
import type { StoreNotice } from '../../shared/types';
import { NotebookError } from '../../shared/result';
import type { Backups } from './backups';
import { moveAside } from './move-aside';
import type { SnapshotEnvelope, SnapshotSpec } from './read-snapshot';
import { readSnapshot } from './read-snapshot';

export interface BaseState<D> {
  envelope: SnapshotEnvelope<D>;
  /** The schema version the state was stored with, and so of any ops journaled after it. */
  fromVersion: number;
  /** 'snapshot': the notebook file was good and is still current on disk. */
  source: 'snapshot' | 'backup' | 'defaults';
  notice?: StoreNotice;
}

interface LoadContext<D> {
  snapshotPath: string;
  spec: SnapshotSpec<D>;
  defaults: () => D;
  backups: Backups;
  readOnly: boolean;
  now: () => Date;
}

function newerSchemaError(fileName: string, found: number, known: number): NotebookError {
  return new NotebookError(
    'NEWER_SCHEMA',
    `${fileName} was written by a newer Dossier (schema ${found}; this version knows ${known}). Update Dossier to open it.`,
  );
}

/**
 * The state to start from: the snapshot if it is good, else the newest good backup, else defaults.
 * A bad snapshot is never overwritten: it is renamed aside first (unless read-only) and a notice
 * says where. A snapshot from a newer app stops everything, before anything is touched.
 */
export async function loadBaseState<D>(ctx: LoadContext<D>): Promise<BaseState<D>> {
  const fileName = basename(ctx.snapshotPath);
  const read = await readSnapshot(ctx.snapshotPath, ctx.spec);
  if (read.kind === 'newer') throw newerSchemaError(fileName, read.version, ctx.spec.schemaVersion);
  if (read.kind === 'good') return { envelope: read.envelope, fromVersion: read.fromVersion, source: 'snapshot' };

  const fresh = (): BaseState<D> => ({
    envelope: { schemaVersion: ctx.spec.schemaVersion, journalSeq: 0, data: ctx.defaults() },
    fromVersion: ctx.spec.schemaVersion,
    source: 'defaults',
  });
  const backupList = await ctx.backups.list();
  if (read.kind === 'missing' && backupList.length === 0) return fresh();

  let movedTo: string | undefined;
  if (read.kind === 'bad' && !ctx.readOnly) movedTo = await moveAside(ctx.snapshotPath, 'corrupt', ctx.now());
  const problem =
    read.kind === 'missing'
      ? `${fileName} is missing`
      : `${fileName} could not be read (${read.reason})${movedTo ? `. It was moved to ${movedTo}` : ''}`;
  const readOnlyNote = ctx.readOnly ? ' (Opened read-only: nothing on disk was changed.)' : '';
  const where = movedTo ? { movedTo } : {};

  for (const backup of backupList) {
    const path = await ctx.backups.pathOf(backup.name);
    const candidate = await readSnapshot(path, ctx.spec);
    if (candidate.kind !== 'good') continue;
    const action = ctx.readOnly ? 'Showing' : 'Restored';
    return {
      envelope: candidate.envelope,
      fromVersion: candidate.fromVersion,
      source: 'backup',
      notice: {
        kind: 'recovered-from-backup',
        message: `${problem}. ${action} the backup ${backup.name} from ${backup.createdAt}; changes made after it may be missing.${readOnlyNote}`,
        ...where,
        restoredFrom: path,
      },
    };
  }
  return {
    ...fresh(),
    notice: {
      kind: 'corrupt-no-backup',
      message: `${problem}. No usable backup was found in ${ctx.backups.dir}, so the notebook starts empty.${readOnlyNote}`,
      ...where,
    },
  };
}
