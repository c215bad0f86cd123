import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BriefingDetail, BriefingItem } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { EmptyState } from '../../components/empty-state';
import { plural } from '../../lib/format';
import { BriefingHeader } from './briefing-header';
import { BriefingItemCard, type DropPosition, type ItemEdit } from './briefing-item-card';
import { ExportDialog } from './export-dialog';

type Focus = { itemId: string; target: 'up' | 'down' | 'heading' };

/** A restorable copy of an item: exactly the fields restoreItem accepts. */
function plainItem(item: BriefingItem): BriefingItem {
  switch (item.type) {
    case 'heading':
      return { id: item.id, type: 'heading', text: item.text };
    case 'text':
      return { id: item.id, type: 'text', markdown: item.markdown };
    case 'quote':
      return { id: item.id, type: 'quote', paragraphId: item.paragraphId, hash: item.hash, comment: item.comment };
  }
}

export function BriefingEditor({ briefingId }: { briefingId: string }) {
  const { attempt, refreshBriefings, toast, exportRequest } = useApp();
  const [detail, setDetail] = useState<BriefingDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [newTextId, setNewTextId] = useState<string | null>(null);
  const [drag, setDrag] = useState<{ itemId: string; over?: { index: number; position: DropPosition } } | null>(null);
  const pendingFocus = useRef<Focus | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await notebook.getBriefing({ id: briefingId }));
    } catch {
      setMissing(true);
    }
  }, [briefingId]);
  useEffect(() => {
    void load();
  }, [load]);

  const firstExportRequest = useRef(exportRequest);
  useEffect(() => {
    if (exportRequest !== firstExportRequest.current) setExporting(true);
  }, [exportRequest]);

  // Keyboard users keep their place: after a move the focused button follows the item.
  useLayoutEffect(() => {
    const f = pendingFocus.current;
    if (!f || !listRef.current) return;
    const card = listRef.current.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(f.itemId)}"]`);
    if (!card) return;
    pendingFocus.current = null;
    if (f.target === 'heading') {
      const input = card.querySelector<HTMLInputElement>('.heading-input');
      input?.focus();
      input?.select();
      return;
    }
    const want = card.querySelector<HTMLButtonElement>(`button[data-action="${f.target}"]`);
    const other = card.querySelector<HTMLButtonElement>(`button[data-action="${f.target === 'up' ? 'down' : 'up'}"]`);
    (want && !want.disabled ? want : other)?.focus();
  }, [detail]);

  const mutate = useCallback(
    async (op: () => Promise<unknown>) => {
      await attempt(op);
      await load();
      void refreshBriefings();
    },
    [attempt, load, refreshBriefings],
  );

  if (missing) {
    return <EmptyState title="This briefing no longer exists.">Choose another briefing from the list.</EmptyState>;
  }
  if (!detail) return <p className="muted">Loading briefing…</p>;

  const items = detail.items;
  const move = (item: BriefingItem, toIndex: number, focus?: 'up' | 'down') => {
    const from = items.findIndex((i) => i.id === item.id);
    if (from < 0 || toIndex < 0 || toIndex >= items.length || from === toIndex) return;
    const next = [...items];
    next.splice(from, 1);
    next.splice(toIndex, 0, item);
    if (focus) pendingFocus.current = { itemId: item.id, target: focus };
    setDetail({ ...detail, items: next });
    void mutate(() => notebook.moveItem({ briefingId, itemId: item.id, toIndex }));
  };

  const remove = (item: BriefingItem) =>
    void attempt(async () => {
      const removed = await notebook.removeItem({ briefingId, itemId: item.id });
      await load();
      void refreshBriefings();
      toast(`${item.type === 'quote' ? 'Quote' : item.type === 'heading' ? 'Heading' : 'Text block'} deleted`, {
        label: 'Undo',
        run: () => mutate(() => notebook.restoreItem({ briefingId, index: removed.index, item: plainItem(removed.item) })),
      });
    });

  const edit = (item: BriefingItem, change: ItemEdit) => void mutate(() => notebook.editItem({ briefingId, itemId: item.id, ...change }));

  const drop = () => {
    const d = drag;
    setDrag(null);
    if (!d?.over) return;
    const from = items.findIndex((i) => i.id === d.itemId);
    const item = items[from];
    if (!item) return;
    const { index, position } = d.over;
    const to = from < index ? (position === 'before' ? index - 1 : index) : position === 'before' ? index : index + 1;
    move(item, to);
  };

  const brokenCount = Object.values(detail.quotes).filter((q) => q.status === 'broken').length;

  return (
    <div className="briefing-editor">
      <BriefingHeader detail={detail} onSaved={() => void load().then(refreshBriefings)} onExport={() => setExporting(true)} />
      {brokenCount > 0 && (
        <p className="warning-banner" role="note">
          {plural(brokenCount, 'quote')} in this briefing {brokenCount === 1 ? 'is' : 'are'} broken: the corpus text changed. Export is blocked until
          {brokenCount === 1 ? ' it is' : ' they are'} removed or replaced.
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title="This briefing is empty.">
          <p>
            Open a source and choose <strong>Add to briefing</strong> on a paragraph to quote it here, or start with a heading or a text block below.
          </p>
        </EmptyState>
      ) : (
        <ol className="briefing-items" ref={listRef} aria-label="Briefing items" onDragLeave={(e) => e.currentTarget === e.target && setDrag((d) => d && { itemId: d.itemId })}>
          {items.map((item, i) => (
            <BriefingItemCard
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              quote={item.type === 'quote' ? detail.quotes[item.id] : undefined}
              startEditing={item.id === newTextId}
              dropIndicator={drag?.over?.index === i && drag.itemId !== item.id ? drag.over.position : undefined}
              onEdit={edit}
              onMove={move}
              onDelete={remove}
              onReanchor={(it, paragraphId) => void mutate(() => notebook.reanchorQuote({ briefingId, itemId: it.id, paragraphId }))}
              onDragStart={(it) => setDrag({ itemId: it.id })}
              onDragOver={(index, position) => setDrag((d) => (d ? { itemId: d.itemId, over: { index, position } } : d))}
              onDrop={drop}
              onDragEnd={() => setDrag(null)}
            />
          ))}
        </ol>
      )}
      <div className="add-bar">
        <button
          type="button"
          onClick={() =>
            void attempt(async () => {
              const item = await notebook.addHeading({ briefingId, text: 'New section' });
              pendingFocus.current = { itemId: item.id, target: 'heading' };
              await load();
            })
          }
        >
          Add heading
        </button>
        <button
          type="button"
          onClick={() =>
            void attempt(async () => {
              const item = await notebook.addText({ briefingId, markdown: '' });
              setNewTextId(item.id);
              await load();
            })
          }
        >
          Add text
        </button>
      </div>
      {exporting && <ExportDialog briefingId={briefingId} briefingStyle={detail.style} onClose={() => setExporting(false)} />}
    </div>
  );
}
