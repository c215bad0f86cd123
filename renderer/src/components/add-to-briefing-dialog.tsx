import { useState, type FormEvent } from 'react';
import type { BriefingSummary } from '../api/contract';
import { errorMessage, notebook } from '../api/notebook-client';
import { useApp } from '../app/app-context';
import { plural } from '../lib/format';
import { ModalDialog } from './modal-dialog';

interface Props {
  /** Paragraphs to add as quotes, in order. */
  paragraphIds: string[];
  /** What is being added, for the title: "¶ 4" or "3 paragraphs". */
  what: string;
  onClose: () => void;
  onAdded?: () => void;
}

/** Choose a briefing (or create one) and add the paragraphs to it as quotes. */
export function AddToBriefingDialog({ paragraphIds, what, onClose, onAdded }: Props) {
  const { briefings, refreshBriefings, toast, navigate } = useApp();
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const addTo = async (pick: () => Promise<Pick<BriefingSummary, 'id' | 'title'>>) => {
    setBusy(true);
    setError('');
    try {
      const b = await pick();
      for (const paragraphId of paragraphIds) await notebook.addQuote({ briefingId: b.id, paragraphId });
      await refreshBriefings();
      onAdded?.();
      onClose();
      toast(`Added ${what} to “${b.title}”`, {
        label: 'Open briefing',
        run: () => navigate({ screen: 'briefings', briefingId: b.id }),
      });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const create = (e: FormEvent) => {
    e.preventDefault();
    const title = newTitle.trim();
    if (!title) {
      setError('Give the new briefing a title.');
      return;
    }
    void addTo(() => notebook.createBriefing({ title }));
  };

  return (
    <ModalDialog title={`Add ${what} to a briefing`} onClose={onClose} initialFocus={briefings.length ? '.briefing-choice' : 'input'}>
      {briefings.length > 0 ? (
        <ul className="choice-list" aria-label="Briefings">
          {briefings.map((b) => (
            <li key={b.id}>
              <button type="button" className="briefing-choice" disabled={busy} onClick={() => void addTo(async () => b)}>
                <span className="choice-title">{b.title}</span>
                <span className="choice-meta">{plural(b.quoteCount, 'quote')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="form-note">You have no briefings yet. Name one below and the quote goes straight into it.</p>
      )}
      <form className="inline-form" onSubmit={create}>
        <label htmlFor="new-briefing-title">New briefing</label>
        <input
          id="new-briefing-title"
          value={newTitle}
          placeholder="Title of the new briefing"
          onChange={(e) => setNewTitle(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          Create and add
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
