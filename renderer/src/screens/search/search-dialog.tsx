import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit, SearchResult } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { ModalDialog } from '../../components/modal-dialog';
import { SnippetText } from '../../components/snippet-text';
import { plural } from '../../lib/format';
import { useLatestAnswer } from '../../lib/use-latest-answer';

const LIMIT = 50;
const searchFor = (text: string) => notebook.search({ text, limit: LIMIT });

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const { navigate, report } = useApp();
  const [text, setText] = useState('');
  const query = text.trim();
  // Searched as typed, with no debounce: the core answers within a frame or two.
  const answer = useLatestAnswer<string, SearchResult>(query || null, searchFor, report);
  const result = answer && { query: answer.input, value: answer.value };
  const listRef = useRef<HTMLUListElement>(null);
  // Enter pressed before the results for the typed text arrived: open the first one when they do.
  const [submitted, setSubmitted] = useState<string | null>(null);

  const open = (hit: SearchHit) => {
    onClose();
    navigate({ screen: 'reader', sourceId: hit.sourceId, paragraphId: hit.paragraphId });
  };

  useEffect(() => {
    if (submitted === null || result?.query !== submitted) return;
    setSubmitted(null);
    const firstHit = result.value.hits[0];
    if (firstHit) open(firstHit);
  }, [submitted, result]);

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.search-hit') ?? [])];
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // A search field eats Escape to clear itself; here Escape closes the search as everywhere else.
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      buttons()[0]?.focus();
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const all = buttons();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? Math.min(i + 1, all.length - 1) : i - 1;
    if (next < 0) document.getElementById('search-input')?.focus();
    else all[next]?.focus();
  };

  const hits = result?.value.hits ?? [];
  const total = result?.value.total ?? 0;
  return (
    <ModalDialog title="Search" onClose={onClose} className="search-dialog">
      <form
        role="search"
        aria-label="Corpus"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = text.trim();
          const firstHit = hits[0];
          if (result?.query !== typed) setSubmitted(typed || null);
          else if (firstHit) open(firstHit);
        }}
      >
        <label htmlFor="search-input" className="sr-only">
          Search the corpus
        </label>
        <input
          id="search-input"
          type="search"
          autoComplete="off"
          placeholder="Search every paragraph…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSubmitted(null);
          }}
          onKeyDown={onInputKey}
        />
      </form>
      <p className="search-count" aria-live="polite" data-query={result?.query}>
        {result ? (total > hits.length ? `${plural(total, 'result')}, showing the first ${hits.length}` : plural(total, 'result')) : ''}
      </p>
      {!query && <p className="search-hint">Type to search every paragraph in the corpus. Enter opens the first result; ↓ moves through the list.</p>}
      {result && total === 0 && (
        <div className="empty-state compact">
          <p className="empty-title">Nothing found for “{result.query}”.</p>
          <p>Try fewer words, or a different spelling.</p>
        </div>
      )}
      {hits.length > 0 && (
        <ul className="search-results" ref={listRef} aria-label="Search results" onKeyDown={onListKey}>
          {hits.map((h) => (
            <li key={h.paragraphId}>
              <button type="button" className="search-hit" onClick={() => open(h)}>
                <span className="hit-source">
                  <span className="hit-title">{h.source.title || 'Untitled'}</span>
                  {h.source.outlet && <span className="hit-outlet"> · {h.source.outlet}</span>}
                  <span className="hit-n"> · ¶ {h.n}</span>
                </span>
                <span className="hit-snippet">
                  <SnippetText parts={h.snippet} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
