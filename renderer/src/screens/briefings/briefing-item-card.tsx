import { useState, type DragEvent } from 'react';
import type { BriefingItem, ResolvedQuote } from '../../api/contract';
import { hrefFor } from '../../app/route';
import { MarkdownView } from '../../components/markdown-view';

export type ItemEdit = { text: string } | { markdown: string } | { comment: string };
export type DropPosition = 'before' | 'after';

interface Props {
  item: BriefingItem;
  index: number;
  count: number;
  quote?: ResolvedQuote;
  /** Opens a text block in its editor (a block that was just added). */
  startEditing: boolean;
  dropIndicator?: DropPosition;
  onEdit: (item: BriefingItem, edit: ItemEdit) => void;
  onMove: (item: BriefingItem, toIndex: number, focus: 'up' | 'down') => void;
  onDelete: (item: BriefingItem) => void;
  /** Points a broken quote at another paragraph of its source. */
  onReanchor: (item: BriefingItem, paragraphId: string) => void;
  onDragStart: (item: BriefingItem) => void;
  onDragOver: (index: number, position: DropPosition) => void;
  onDrop: () => void;
  onDragEnd: () => void;
}

const TYPE_LABEL = { quote: 'Quote', heading: 'Heading', text: 'Text' } as const;

export function BriefingItemCard(props: Props) {
  const { item, index, count, quote, dropIndicator } = props;
  const [draggable, setDraggable] = useState(false);
  const position = `${index + 1}`;

  const onDragOver = (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    props.onDragOver(index, e.clientY < box.top + box.height / 2 ? 'before' : 'after');
  };

  return (
    <li
      className={`item-card item-${item.type}${quote?.status === 'broken' ? ' broken' : ''}${dropIndicator ? ` drop-${dropIndicator}` : ''}`}
      data-item-id={item.id}
      aria-label={`${TYPE_LABEL[item.type]} ${position} of ${count}`}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', item.id);
        props.onDragStart(item);
      }}
      onDragOver={onDragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
      onDragEnd={() => {
        setDraggable(false);
        props.onDragEnd();
      }}
    >
      <div className="item-toolbar">
        <span
          className="drag-handle"
          title="Drag to reorder"
          aria-hidden="true"
          onMouseDown={() => setDraggable(true)}
          onMouseUp={() => setDraggable(false)}
        >
          ⋮⋮
        </span>
        <span className="item-type">{TYPE_LABEL[item.type]}</span>
        <span className="spacer-flex" />
        <button type="button" className="small" data-action="up" disabled={index === 0} onClick={() => props.onMove(item, index - 1, 'up')}>
          Move up<span className="sr-only"> item {position}</span>
        </button>
        <button
          type="button"
          className="small"
          data-action="down"
          disabled={index === count - 1}
          onClick={() => props.onMove(item, index + 1, 'down')}
        >
          Move down<span className="sr-only"> item {position}</span>
        </button>
        <button type="button" className="small danger-text" onClick={() => props.onDelete(item)}>
          Delete<span className="sr-only"> item {position}</span>
        </button>
      </div>
      {item.type === 'heading' && <HeadingEditor item={item} onSave={(text) => props.onEdit(item, { text })} />}
      {item.type === 'text' && <TextEditor item={item} startEditing={props.startEditing} onSave={(markdown) => props.onEdit(item, { markdown })} />}
      {item.type === 'quote' && (
        <QuoteView
          item={item}
          quote={quote}
          onSave={(comment) => props.onEdit(item, { comment })}
          onReanchor={(paragraphId) => props.onReanchor(item, paragraphId)}
        />
      )}
    </li>
  );
}

function HeadingEditor({ item, onSave }: { item: Extract<BriefingItem, { type: 'heading' }>; onSave: (text: string) => void }) {
  const [text, setText] = useState(item.text);
  const commit = () => {
    if (text.trim() && text !== item.text) onSave(text.trim());
    else setText(item.text);
  };
  return (
    <input
      className="heading-input"
      aria-label="Heading"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}

function TextEditor({ item, startEditing, onSave }: { item: Extract<BriefingItem, { type: 'text' }>; startEditing: boolean; onSave: (md: string) => void }) {
  const [editing, setEditing] = useState(startEditing);
  const [markdown, setMarkdown] = useState(item.markdown);
  const done = () => {
    setEditing(false);
    if (markdown !== item.markdown) onSave(markdown);
  };
  return editing ? (
    <div className="text-editor">
      <label className="sr-only" htmlFor={`md-${item.id}`}>
        Text (Markdown)
      </label>
      <textarea id={`md-${item.id}`} autoFocus rows={5} value={markdown} onChange={(e) => setMarkdown(e.target.value)} placeholder="Write in Markdown…" />
      <div className="text-editor-actions">
        <span className="hint">Markdown: **bold**, *italic*, [link](https://…), lists. HTML is shown as text.</span>
        <button type="button" className="small primary" onClick={done}>
          Done
        </button>
      </div>
    </div>
  ) : (
    <div className="text-view">
      {item.markdown.trim() ? <MarkdownView markdown={item.markdown} /> : <p className="muted">Empty text block.</p>}
      <button type="button" className="small" onClick={() => setEditing(true)}>
        Edit text
      </button>
    </div>
  );
}

interface QuoteProps {
  item: Extract<BriefingItem, { type: 'quote' }>;
  quote?: ResolvedQuote;
  onSave: (comment: string) => void;
  onReanchor: (paragraphId: string) => void;
}

function QuoteView({ item, quote, onSave, onReanchor }: QuoteProps) {
  const [comment, setComment] = useState(item.comment);
  const p = quote?.paragraph;
  const s = quote?.source;
  return (
    <div className="quote-view">
      {quote?.status === 'broken' || !p ? (
        <>
          <p className="broken-flag" role="note">
            <strong>Broken quote.</strong> The paragraph it pointed at ({item.paragraphId}) no longer matches the corpus, so it cannot be cited.
            Export stops until you delete it or point it at the passage as it reads now.
          </p>
          <ReanchorForm item={item} onReanchor={onReanchor} />
        </>
      ) : (
        <>
          <blockquote className="quote-text">{p.text}</blockquote>
          <p className="quote-cite">
            <a href={hrefFor({ screen: 'reader', sourceId: p.sourceId, paragraphId: p.id })}>{s?.title || 'Untitled'}</a>
            {s?.outlet ? ` · ${s.outlet}` : ''} · ¶ {p.n}
            {quote.status === 'reanchored' && <span className="badge">Re-anchored</span>}
          </p>
        </>
      )}
      <label className="comment-label" htmlFor={`comment-${item.id}`}>
        Analyst comment
      </label>
      <textarea
        id={`comment-${item.id}`}
        className="comment-input"
        rows={2}
        value={comment}
        placeholder="Why this quote matters…"
        onChange={(e) => setComment(e.target.value)}
        onBlur={() => comment !== item.comment && onSave(comment)}
      />
    </div>
  );
}

function ReanchorForm({ item, onReanchor }: { item: QuoteProps['item']; onReanchor: (paragraphId: string) => void }) {
  const cut = item.paragraphId.lastIndexOf(':p');
  const sourceId = item.paragraphId.slice(0, cut);
  const [n, setN] = useState(item.paragraphId.slice(cut + 2));
  return (
    <form
      className="inline-form reanchor-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^[1-9]\d*$/.test(n)) onReanchor(`${sourceId}:p${n}`);
      }}
    >
      <label htmlFor={`reanchor-${item.id}`}>Point it at ¶</label>
      <input id={`reanchor-${item.id}`} type="number" min={1} value={n} onChange={(e) => setN(e.target.value)} />
      <button type="submit" className="small">
        Re-anchor
      </button>
      <a href={hrefFor({ screen: 'reader', sourceId })}>Open the source</a>
    </form>
  );
}
