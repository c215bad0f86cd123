import type { BackupInfo } from '../api/contract';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When the backup was taken, in the user's time zone ("12 Mar 2025, 10:04"). */
export function backupTime(b: BackupInfo): string {
  const d = new Date(b.createdAt);
  return Number.isNaN(d.getTime()) ? b.createdAt : when.format(d);
}

/**
 * Why the backup exists, from its name (see core/store/backups.ts): `notebook-YYYY-MM-DD.json` is
 * the day's copy, `…-before-restore-HHMMSS.json` was taken by a restore, `…-schema-vN-…` by an upgrade.
 */
export function backupKind(b: BackupInfo): string {
  const label = /-\d{4}-\d{2}-\d{2}-(.+?)(?:-\d{6})?(?:-\d+)?\.json$/.exec(b.name)?.[1];
  if (!label) return 'Daily backup';
  if (label === 'before-restore') return 'Taken before a restore';
  const schema = /^schema-v(\d+)$/.exec(label);
  if (schema) return `Taken before an upgrade (format ${schema[1]})`;
  return label.replace(/-/g, ' ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
