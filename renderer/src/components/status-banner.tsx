import type { StoreNotice } from '../api/contract';

interface Props {
  notices: StoreNotice[];
  onDismiss: () => void;
  /** Offered when the notebook file was damaged: the user may want another backup than the one chosen. */
  onRestoreBackup?: () => void;
}

const DAMAGED: ReadonlySet<StoreNotice['kind']> = new Set(['recovered-from-backup', 'corrupt-no-backup']);

const HEADLINES: Record<StoreNotice['kind'], string> = {
  'recovered-from-backup': 'Your notebook was restored from a backup',
  'corrupt-no-backup': 'Your notebook file could not be read',
  'journal-torn-tail': 'The last unsaved change was incomplete and was skipped',
  'lock-taken-over': 'A stale lock from an earlier session was taken over',
  'references-reanchored': 'Some quotes and tags were re-anchored to changed corpus text',
  'references-broken': 'Some quotes or tags no longer match the corpus',
};

export function StatusBanner({ notices, onDismiss, onRestoreBackup }: Props) {
  if (notices.length === 0) return null;
  const damaged = notices.some((n) => DAMAGED.has(n.kind));
  return (
    <section className="status-banner" aria-label="Notebook status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <strong>{HEADLINES[n.kind]}.</strong> {n.message}
            {(n.movedTo || n.restoredFrom) && (
              <dl className="notice-paths">
                {n.movedTo && (
                  <>
                    <dt>Damaged file, moved aside to</dt>
                    <dd>
                      <code className="path">{n.movedTo}</code>
                    </dd>
                  </>
                )}
                {n.restoredFrom && (
                  <>
                    <dt>Restored from</dt>
                    <dd>
                      <code className="path">{n.restoredFrom}</code>
                    </dd>
                  </>
                )}
              </dl>
            )}
          </li>
        ))}
      </ul>
      <div className="status-banner-actions">
        {damaged && onRestoreBackup && (
          <button type="button" onClick={onRestoreBackup}>
            Restore from backup…
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
