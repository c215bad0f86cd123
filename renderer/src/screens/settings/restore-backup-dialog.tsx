import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../api/contract';
import { errorMessage, notebook } from '../../api/notebook-client';
import { EmptyState } from '../../components/empty-state';
import { ModalDialog } from '../../components/modal-dialog';
import { backupKind, backupTime, formatBytes } from '../../lib/describe-backup';

interface Props {
  /** The notebook folder; backups are in its backups/ folder. */
  dataDir: string;
  onClose: () => void;
  /** Called once the notebook holds the backup's state; the app reloads everything it shows. */
  onRestored: (backup: BackupInfo) => void;
}

type Step = { kind: 'choose' } | { kind: 'confirm'; backup: BackupInfo } | { kind: 'restoring'; backup: BackupInfo };

/**
 * Lists the backups, newest first, and restores the chosen one after a confirmation. What the
 * confirmation says is what Store.restoreBackup does: it saves the current notebook (every saved
 * change included) as a "before-restore" backup first, then replaces the notebook with the backup.
 */
export function RestoreBackupDialog({ dataDir, onClose, onRestored }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [selected, setSelected] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState('');
  const backRef = useRef<HTMLButtonElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const backupsDir = `${dataDir}${dataDir.includes('\\') ? '\\' : '/'}backups`;

  useEffect(() => {
    let live = true;
    notebook
      .listBackups()
      .then((list) => {
        if (live) setBackups(list);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setBackups([]);
        setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, []);

  // The confirmation starts on its safe button; going back returns to the button that led there.
  const confirmed = useRef(false);
  useEffect(() => {
    if (step.kind === 'confirm') {
      confirmed.current = true;
      backRef.current?.focus();
    } else if (step.kind === 'choose' && confirmed.current) {
      restoreRef.current?.focus();
    }
  }, [step.kind]);

  const restore = async (backup: BackupInfo) => {
    setStep({ kind: 'restoring', backup });
    setError('');
    try {
      await notebook.restoreBackup({ name: backup.name });
      onRestored(backup);
    } catch (e) {
      setError(errorMessage(e));
      setStep({ kind: 'confirm', backup });
    }
  };

  const chosen = backups?.find((b) => b.name === selected);
  return (
    <ModalDialog title="Restore from backup" onClose={onClose} className="restore-dialog">
      {step.kind === 'choose' ? (
        <>
          <p>
            Dossier keeps a copy of your notebook from each day you use it (taken the first time it is opened or saved that day), for
            the last 7 such days, and a copy before each restore or file-format upgrade. They are in{' '}
            <code className="path">{backupsDir}</code>.
          </p>
          {backups === null ? (
            <p className="muted" role="status">
              Loading backups…
            </p>
          ) : backups.length === 0 ? (
            <EmptyState title="No backups yet">
              <p>The first backup is made when the notebook is next opened or saved. There is nothing to restore.</p>
            </EmptyState>
          ) : (
            <fieldset className="backup-list">
              <legend>Backups, newest first</legend>
              {backups.map((b) => (
                <label key={b.name} className="backup-option">
                  <input type="radio" name="backup" value={b.name} checked={selected === b.name} onChange={() => setSelected(b.name)} />
                  <span className="backup-when">{backupTime(b)}</span>
                  <span className="backup-meta">
                    {backupKind(b)} · {formatBytes(b.bytes)} · <span className="backup-name">{b.name}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              ref={restoreRef}
              type="button"
              className="primary"
              disabled={!chosen}
              onClick={() => chosen && setStep({ kind: 'confirm', backup: chosen })}
            >
              Restore…
            </button>
          </div>
        </>
      ) : (
        <section className="restore-confirm" aria-label="Confirm restore">
          <p className="restore-question">
            <strong>Replace your notebook with the backup from {backupTime(step.backup)}?</strong>
          </p>
          <p>
            Your tags, briefings, source edits and settings will be as they were in that backup. Changes made since then are no longer
            in the notebook.
          </p>
          <p>
            Nothing is deleted: first, your current notebook, with every change saved so far, is kept as a new backup named{' '}
            <code className="path">notebook-…-before-restore-….json</code> in the backups folder. It appears in this list, so you can
            restore it to undo this.
          </p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button ref={backRef} type="button" disabled={step.kind === 'restoring'} onClick={() => setStep({ kind: 'choose' })}>
              Go back
            </button>
            <button
              type="button"
              className="danger"
              disabled={step.kind === 'restoring'}
              onClick={() => void restore(step.backup)}
            >
              {step.kind === 'restoring' ? 'Restoring…' : 'Replace my notebook'}
            </button>
          </div>
        </section>
      )}
    </ModalDialog>
  );
}
