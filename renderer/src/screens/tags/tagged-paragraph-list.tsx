import { useCallback, useEffect, useState } from 'react';
import type { TaggedParagraph } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { AddToBriefingDialog } from '../../components/add-to-briefing-dialog';
import { EmptyState } from '../../components/empty-state';
import { formatDate, plural } from '../../lib/format';
import { useVirtualPages } from '../../lib/use-virtual-pages';
import { usePagedList } from '../../lib/use-paged-list';

const ROW_HEIGHT = 92;
const PREFETCH = 300;
/**
 * Rows per request. Each arriving page is deserialised on the renderer's main thread; 500 rows at a
 * time cost a frame of ~80 ms while scrolling (bench: renderer.scroll-5000-tag-view), 100 do not.
 */
const PAGE_SIZE = 100;

/** Every paragraph carrying a tag (and its nested tags), across sources; paged and virtualized. */
export function TaggedParagraphList({ tagId, version }: { tagId: string; version: number }) {
  const { report } = useApp();
  const [selected, setSelected] = useState<ReadonlyMap<string, TaggedParagraph>>(new Map());
  const [adding, setAdding] = useState<TaggedParagraph[] | null>(null);
  const fetchPage = useCallback(
    (offset: number, limit: number) => notebook.paragraphsWithTag({ tagId, includeDescendants: true, offset, limit }),
    [tagId],
  );
  const list = usePagedList(fetchPage, `${tagId}|${version}`, report, PAGE_SIZE);
  const { total, scrollRef, virtualizer, rows } = useVirtualPages(list, { rowHeight: ROW_HEIGHT, overscan: 8, ahead: PREFETCH });
  useEffect(() => setSelected(new Map()), [tagId]);

  const toggle = (tp: TaggedParagraph, on: boolean) =>
    setSelected((s) => {
      const next = new Map(s);
      if (on) next.set(tp.paragraph.id, tp);
      else next.delete(tp.paragraph.id);
      return next;
    });

  if (list.total === 0) {
    return (
      <EmptyState title="No paragraphs carry this tag yet.">
        <p>Open a source, choose Tag on a paragraph and pick this tag.</p>
      </EmptyState>
    );
  }
  return (
    <div className="tagged-list">
      <div className="list-toolbar">
        <span className="muted">{list.total === null ? 'Loading…' : plural(total, 'tagged paragraph')}</span>
        <span className="spacer-flex" />
        <button type="button" disabled={selected.size === 0} onClick={() => setAdding([...selected.values()])}>
          Add {selected.size > 0 ? plural(selected.size, 'selected paragraph') : 'selected'} to briefing
        </button>
      </div>
      <div className="virtual-scroll" ref={scrollRef}>
        <div role="list" aria-label="Tagged paragraphs" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const tp = list.get(row.index);
            return (
              <div
                key={row.key}
                role="listitem"
                aria-setsize={total}
                aria-posinset={row.index + 1}
                className="tagged-row"
                style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              >
                {tp ? <TaggedRow tp={tp} checked={selected.has(tp.paragraph.id)} onToggle={toggle} onAdd={() => setAdding([tp])} /> : <span className="muted">Loading…</span>}
              </div>
            );
          })}
        </div>
      </div>
      {adding && (
        <AddToBriefingDialog
          paragraphIds={adding.map((tp) => tp.paragraph.id)}
          what={adding.length === 1 && adding[0] ? `¶ ${adding[0].paragraph.n}` : plural(adding.length, 'paragraph')}
          onClose={() => setAdding(null)}
          onAdded={() => setSelected(new Map())}
        />
      )}
    </div>
  );
}

interface RowProps {
  tp: TaggedParagraph;
  checked: boolean;
  onToggle: (tp: TaggedParagraph, on: boolean) => void;
  onAdd: () => void;
}

function TaggedRow({ tp, checked, onToggle, onAdd }: RowProps) {
  const { paragraph: p, source } = tp;
  const title = source.title || 'Untitled';
  return (
    <>
      <input
        type="checkbox"
        className="row-check"
        aria-label={`Select ¶ ${p.n} of ${title}`}
        checked={checked}
        onChange={(e) => onToggle(tp, e.target.checked)}
      />
      <div className="tagged-main">
        <div className="tagged-source">
          <a href={hrefFor({ screen: 'reader', sourceId: source.id, paragraphId: p.id })}>
            {title} · ¶ {p.n}
          </a>
          {(source.outlet || source.published) && (
            <span className="muted"> · {[source.outlet, source.published ? formatDate(source.published) : ''].filter(Boolean).join(' · ')}</span>
          )}
          {tp.status === 'broken' && <span className="badge badge-danger">Broken reference</span>}
          {tp.status === 'reanchored' && <span className="badge">Re-anchored</span>}
        </div>
        <p className="tagged-text">{p.text}</p>
      </div>
      <button type="button" className="row-action" onClick={onAdd}>
        Add to briefing<span className="sr-only"> ¶ {p.n} of {title}</span>
      </button>
    </>
  );
}
