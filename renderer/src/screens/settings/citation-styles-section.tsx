import { useId, useState } from 'react';
import type { CitationStyleInfo } from '../../api/contract';
import { errorMessage, notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StyleSelect } from '../../components/style-select';

interface Props {
  /** After a style was added or removed; `restyled` counts briefings moved to another style. */
  onStylesChanged: (restyled: number) => Promise<void>;
}

/** What the last action did. Said inside the dialog: toasts sit behind a modal dialog, out of reach. */
type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** Settings → Citation style: the default for new briefings, and the styles, with Add style file… and Remove. */
export function CitationStylesSection({ onStylesChanged }: Props) {
  const { styles, settings, updateSettings } = useApp();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [removing, setRemoving] = useState<CitationStyleInfo | null>(null);
  const headingId = useId();
  const listId = useId();
  const fallbackName = (id: string) => styles.find((s) => s.id === (id === settings.defaultStyle ? 'chicago' : settings.defaultStyle))?.name;

  const add = async () => {
    setStatus({ kind: 'busy' });
    try {
      const style = await notebook.addStyleFile();
      if (!style) {
        setStatus({ kind: 'idle' });
        return;
      }
      await onStylesChanged(0);
      setStatus({ kind: 'done', message: `Added “${style.name}”. Choose it for a briefing in the briefing’s Citation style field.` });
    } catch (e) {
      setStatus({ kind: 'failed', message: errorMessage(e) });
    }
  };

  const remove = async (style: CitationStyleInfo) => {
    setRemoving(null);
    setStatus({ kind: 'busy' });
    try {
      const r = await notebook.removeStyle({ id: style.id });
      await onStylesChanged(r.briefingsRestyled);
      const moved = r.briefingsRestyled === 1 ? '1 briefing now uses' : `${r.briefingsRestyled} briefings now use`;
      const now = styles.find((s) => s.id === r.defaultStyle)?.name ?? r.defaultStyle;
      setStatus({ kind: 'done', message: `Removed “${style.name}”.${r.briefingsRestyled > 0 ? ` ${moved} ${now}.` : ''}` });
    } catch (e) {
      setStatus({ kind: 'failed', message: errorMessage(e) });
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Citation style</h3>
      <div className="field">
        <label htmlFor="settings-default-style">Default style for new briefings</label>
        <StyleSelect id="settings-default-style" value={settings.defaultStyle} onChange={(defaultStyle) => void updateSettings({ defaultStyle })} />
      </div>
      <p className="hint" id={listId}>
        Each briefing has its own style (in its header), which the export dialog starts from.
      </p>
      <ul className="style-list" aria-label="Citation styles" aria-describedby={listId}>
        {styles.map((s) => (
          <li key={s.id} className="style-row">
            <span className="style-name">{s.name}</span>
            <span className="badge">{s.builtin ? 'Bundled' : 'Added'}</span>
            <code className="style-id" title="The id the command line takes: dossier export … --style ID">
              {s.id}
            </code>
            {!s.builtin && (
              <button type="button" className="small danger-text" aria-label={`Remove style ${s.name}`} onClick={() => setRemoving(s)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="style-add">
        <button type="button" onClick={() => void add()} disabled={status.kind === 'busy'}>
          {status.kind === 'busy' ? 'Working…' : 'Add style file…'}
        </button>
        <span className="hint">A CSL 1.0 style (.csl), such as one from the Zotero Style Repository.</span>
      </div>
      <div role="status" className="style-status">
        {status.kind === 'done' && <p className="form-note style-added">{status.message}</p>}
      </div>
      {status.kind === 'failed' && (
        <p className="form-error" role="alert">
          {status.message}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove “${removing.name}”?`}
          message={`Briefings that use it switch to ${fallbackName(removing.id) ?? 'the default style'}. Dossier deletes its own copy of the style; the file you added it from is not touched.`}
          confirmLabel="Remove style"
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
