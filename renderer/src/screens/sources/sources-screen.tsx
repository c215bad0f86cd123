import { useCallback, useState } from 'react';
import type { SourceSortKey, SourceSummary } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { EmptyState } from '../../components/empty-state';
import { formatDate, plural } from '../../lib/format';
import { useVirtualPages } from '../../lib/use-virtual-pages';
import { useDebounced } from '../../lib/use-debounced';
import { usePagedList } from '../../lib/use-paged-list';
import { EditSourceDialog } from './edit-source-dialog';
import { dash, SourceTitle } from './source-title';

type Order = 'asc' | 'desc';
const ROW_HEIGHT = 40;
const COLUMNS: { key: SourceSortKey; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'outlet', label: 'Outlet', className: 'col-outlet' },
  { key: 'published', label: 'Date', className: 'col-date' },
  { key: 'taggedCount', label: 'Tagged ¶', className: 'col-count' },
];

export function SourcesScreen() {
  const { report } = useApp();
  const [sort, setSort] = useState<SourceSortKey>('published');
  const [order, setOrder] = useState<Order>('desc');
  const [filterInput, setFilterInput] = useState('');
  const filter = useDebounced(filterInput.trim(), 200);
  const [editing, setEditing] = useState<SourceSummary | null>(null);

  const fetchPage = useCallback(
    (offset: number, limit: number) => notebook.listSources({ offset, limit, sort, order, filter }),
    [sort, order, filter],
  );
  const list = usePagedList(fetchPage, `${sort}|${order}|${filter}`, report);
  const { total, scrollRef, virtualizer, rows } = useVirtualPages(list, { rowHeight: ROW_HEIGHT, overscan: 12, ahead: 150, behind: 50 });

  const sortBy = (key: SourceSortKey) => {
    if (key === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(key);
      setOrder(key === 'title' || key === 'outlet' ? 'asc' : 'desc');
    }
    scrollRef.current?.scrollTo({ top: 0 });
  };

  const padTop = rows[0]?.start ?? 0;
  const padBottom = rows.length > 0 ? virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0) : 0;

  return (
    <section className="screen sources-screen" aria-labelledby="sources-heading">
      <header className="screen-header">
        <h1 id="sources-heading">Sources</h1>
        <p className="screen-meta" aria-live="polite">
          {list.total === null ? 'Loading…' : plural(total, 'source')}
        </p>
        <div className="screen-tools">
          <label className="sr-only" htmlFor="source-filter">
            Filter sources
          </label>
          <input
            id="source-filter"
            type="search"
            placeholder="Filter by title or outlet"
            value={filterInput}
            onChange={(e) => setFilterInput(e.target.value)}
          />
        </div>
      </header>
      {list.total === 0 ? (
        <EmptyState title={filter ? `No sources match “${filter}”.` : 'The corpus has no sources.'}>
          {filter && <p>Clear the filter to see every source.</p>}
        </EmptyState>
      ) : (
        <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
          <table className="data-table sources-table" aria-rowcount={total + 1} aria-labelledby="sources-heading">
            <thead>
              <tr aria-rowindex={1}>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.className}
                    aria-sort={sort === c.key ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                      {c.label}
                      <span className="sort-arrow" aria-hidden="true">
                        {sort === c.key ? (order === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col" className="col-actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true" className="spacer">
                  <td colSpan={5} style={{ height: padTop }} />
                </tr>
              )}
              {rows.map((row) => {
                const s = list.get(row.index);
                return (
                  <tr key={row.key} aria-rowindex={row.index + 2} style={{ height: ROW_HEIGHT }}>
                    {s ? (
                      <>
                        <td className="col-title">
                          <a href={hrefFor({ screen: 'reader', sourceId: s.id })} title={s.title || undefined}>
                            <SourceTitle sourceId={s.id} title={s.title} />
                          </a>
                        </td>
                        <td className={`col-outlet ${s.outlet ? '' : 'muted'}`}>{dash(s.outlet)}</td>
                        <td className={`col-date ${s.published ? '' : 'muted'}`}>
                          {s.published ? <time dateTime={s.published}>{formatDate(s.published)}</time> : '—'}
                        </td>
                        <td className="col-count">{s.taggedCount > 0 ? s.taggedCount : <span className="muted">0</span>}</td>
                        <td className="col-actions">
                          <button type="button" className="link-button" onClick={() => setEditing(s)}>
                            Edit<span className="sr-only"> details of {s.title || s.id}</span>
                          </button>
                        </td>
                      </>
                    ) : (
                      <td colSpan={5} className="loading-row">
                        Loading…
                      </td>
                    )}
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true" className="spacer">
                  <td colSpan={5} style={{ height: padBottom }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <EditSourceDialog
          sourceId={editing.id}
          initial={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </section>
  );
}
