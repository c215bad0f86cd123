import type { StoreNotice } from '../api/contract';

interface Props {
  notices: StoreNotice[];
  onDismiss: () => void;
}

const HEADLINES: Record<StoreNotice['kind'], string> = {
  'recovered-from-backup': 'Your notebook was restored from a backup',
  'corrupt-no-backup': 'Your notebook file could not be read',
  'journal-torn-tail': 'The last unsaved change was incomplete and was skipped',
  'lock-taken-over': 'A stale lock from an earlier session was taken over',
  'references-reanchored': 'Some quotes and tags were re-anchored to changed corpus text',
  'references-broken': 'Some quotes or tags no longer match the corpus',
};

export function StatusBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <section className="status-banner" aria-label="Notebook status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <strong>{HEADLINES[n.kind]}.</strong> {n.message}
            {n.movedTo && (
              <>
                {' '}
                The damaged file was moved aside to <code className="path">{n.movedTo}</code>.
              </>
            )}
            {n.restoredFrom && (
              <>
                {' '}
                Restored from <code className="path">{n.restoredFrom}</code>.
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
