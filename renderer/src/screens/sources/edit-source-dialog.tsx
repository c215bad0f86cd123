import { useState, type FormEvent } from 'react';
import type { Source, SourceMeta } from '../../api/contract';
import { errorMessage, notebook } from '../../api/notebook-client';
import { ModalDialog } from '../../components/modal-dialog';

type Field = Exclude<keyof SourceMeta, 'id'>;
const FIELDS: { key: Field; label: string; type: string; hint?: string }[] = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'outlet', label: 'Outlet', type: 'text' },
  { key: 'author', label: 'Author', type: 'text' },
  { key: 'published', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url', hint: 'Only if you know it: http(s) address of the original article.' },
  { key: 'language', label: 'Language', type: 'text', hint: 'A language tag such as en or de.' },
];

interface Props {
  sourceId: string;
  initial: SourceMeta & { edited: boolean };
  onClose: () => void;
  onSaved: (source: Source) => void;
}

export function EditSourceDialog({ sourceId, initial, onClose, onSaved }: Props) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    title: initial.title,
    outlet: initial.outlet,
    author: initial.author,
    published: initial.published,
    url: initial.url,
    language: initial.language,
  }));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (op: () => Promise<Source>) => {
    setBusy(true);
    setError('');
    try {
      onSaved(await op());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch = Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key].trim()]).filter(([k, v]) => v !== initial[k as Field]));
    void run(() => notebook.editSourceDetails({ id: sourceId, patch }));
  };

  return (
    <ModalDialog title="Edit source details" onClose={onClose}>
      <form className="form-grid" onSubmit={submit}>
        <p className="form-note">
          Fill in only what you know. Empty fields stay empty and are shown as “—”; nothing is guessed.
        </p>
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`source-${f.key}`}>{f.label}</label>
            <input
              id={`source-${f.key}`}
              type={f.type}
              value={values[f.key]}
              aria-describedby={f.hint ? `source-${f.key}-hint` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
            {f.hint && (
              <p className="hint" id={`source-${f.key}-hint`}>
                {f.hint}
              </p>
            )}
          </div>
        ))}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {initial.edited && (
            <button type="button" className="subtle" disabled={busy} onClick={() => void run(() => notebook.resetSourceDetails({ id: sourceId }))}>
              Reset to corpus details
            </button>
          )}
          <span className="spacer-flex" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save details
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
