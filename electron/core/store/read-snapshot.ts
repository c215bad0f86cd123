import type { Migrations } from './run-migrations';
import { MissingMigrationError, runMigrations } from './run-migrations';
import { DurableJsonFile } from './durable-json-file';
import { UnreadableJsonError } from './decode-json-bytes';

/** What notebook.json (and each backup) holds. journalSeq: the last journal line folded into data. */
export interface SnapshotEnvelope<D> {
  schemaVersion: number;
  journalSeq: number;
  data: D;
}

export interface SnapshotSpec<D> {
  schemaVersion: number;
  validate: (raw: unknown) => D;
  migrations: Migrations;
}

export type SnapshotRead<D> =
  | { kind: 'missing' }
  /** envelope is already migrated to spec.schemaVersion and validated; fromVersion is what the file said. */
  | { kind: 'good'; envelope: SnapshotEnvelope<D>; fromVersion: number }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string };

const isCount = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

/** Reads and classifies a snapshot file without changing anything on disk. */
export async function readSnapshot<D>(path: string, spec: SnapshotSpec<D>): Promise<SnapshotRead<D>> {
  let raw: unknown;
  try {
    raw = await new DurableJsonFile<unknown>(path).read();
  } catch (e) {
    if (e instanceof UnreadableJsonError) return { kind: 'bad', reason: e.message };
    throw e;
  }
  if (raw === null) return { kind: 'missing' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'bad', reason: 'it is not a JSON object' };
  const doc = raw as Record<string, unknown>;
  if (!isCount(doc.schemaVersion, 1) || !isCount(doc.journalSeq, 0) || !('data' in doc)) {
    return { kind: 'bad', reason: 'it lacks a valid schemaVersion, journalSeq or data field' };
  }
  const fromVersion = doc.schemaVersion;
  if (fromVersion > spec.schemaVersion) return { kind: 'newer', version: fromVersion };
  let migrated: unknown;
  try {
    migrated = runMigrations(doc.data, fromVersion, spec.schemaVersion, spec.migrations);
  } catch (e) {
    if (e instanceof MissingMigrationError) throw e;
    return { kind: 'bad', reason: `migrating it from schema ${fromVersion} failed (${(e as Error).message})` };
  }
  let data: D;
  try {
    data = spec.validate(migrated);
  } catch (e) {
    return { kind: 'bad', reason: `it fails the notebook schema (${oneLine((e as Error).message)})` };
  }
  return { kind: 'good', envelope: { schemaVersion: spec.schemaVersion, journalSeq: doc.journalSeq, data }, fromVersion };
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
