import { useState, type FormEvent } from 'react';
import type { BriefingSummary } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { formatDate, plural } from '../../lib/format';
import { BriefingEditor } from './briefing-editor';

export function BriefingsScreen({ briefingId }: { briefingId?: string }) {
  const { briefings, refreshBriefings, attempt, navigate } = useApp();
  const [title, setTitle] = useState('');
  const [deleting, setDeleting] = useState<BriefingSummary | null>(null);

  const create = (e: FormEvent) => {
    e.preventDefault();
    void attempt(async () => {
      const b = await notebook.createBriefing({ title: title.trim() || 'Untitled briefing' });
      setTitle('');
      await refreshBriefings();
      navigate({ screen: 'briefings', briefingId: b.id });
    });
  };

  return (
    <section className="screen briefings-screen" aria-labelledby="briefings-heading">
      <header className="screen-header">
        <h1 id="briefings-heading">Briefings</h1>
        <p className="screen-meta">{plural(briefings.length, 'briefing')}</p>
      </header>
      <div className="split">
        <div className="split-side">
          <form className="new-briefing" onSubmit={create}>
            <label htmlFor="new-briefing-name" className="sr-only">
              Title of the new briefing
            </label>
            <input id="new-briefing-name" value={title} placeholder="New briefing title" onChange={(e) => setTitle(e.target.value)} />
            <button type="submit" className="primary">
              New briefing
            </button>
          </form>
          {briefings.length > 0 && (
            <ul className="briefing-list" aria-label="Your briefings">
              {briefings.map((b) => (
                <li key={b.id} className={b.id === briefingId ? 'selected' : undefined}>
                  <a href={hrefFor({ screen: 'briefings', briefingId: b.id })} aria-current={b.id === briefingId ? 'page' : undefined}>
                    <span className="briefing-list-title">{b.title}</span>
                    <span className="briefing-list-meta">
                      {plural(b.quoteCount, 'quote')} · {formatDate(b.updatedAt.slice(0, 10))}
                    </span>
                  </a>
                  <button type="button" className="icon-button delete-briefing" onClick={() => setDeleting(b)}>
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">Delete briefing {b.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="split-main">
          {briefingId ? (
            <BriefingEditor key={briefingId} briefingId={briefingId} />
          ) : briefings.length === 0 ? (
            <EmptyState title="No briefings yet.">
              <p>
                A briefing collects quotes, headings and your notes, and exports them with citations. Create one with <strong>New briefing</strong>, then
                add quotes from a source with <strong>Add to briefing</strong>.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="Select a briefing">
              <p>Choose a briefing on the left to edit it, or create a new one.</p>
            </EmptyState>
          )}
        </div>
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete the briefing “${deleting.title}”?`}
          message={`Its ${plural(deleting.itemCount, 'item')} and your comments are deleted. The sources and your tags are not affected.`}
          confirmLabel="Delete briefing"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void attempt(async () => {
              await notebook.deleteBriefing({ id });
              await refreshBriefings();
              if (id === briefingId) navigate({ screen: 'briefings' });
            });
          }}
        />
      )}
    </section>
  );
}
