import { useEffect, useState } from 'react';
import type { BriefingDetail } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { plural } from '../../lib/format';
import { StyleSelect } from '../../components/style-select';

interface Props {
  detail: BriefingDetail;
  onSaved: () => void;
  onExport: () => void;
}

/** Title, author and citation style; each saves when the field is left. */
export function BriefingHeader({ detail, onSaved, onExport }: Props) {
  const { attempt } = useApp();
  const [title, setTitle] = useState(detail.title);
  const [author, setAuthor] = useState(detail.author);
  useEffect(() => {
    setTitle(detail.title);
    setAuthor(detail.author);
  }, [detail.id, detail.title, detail.author]);

  const save = async (patch: { title?: string; author?: string; style?: string }) => {
    const ok = await attempt(() => notebook.updateBriefing({ id: detail.id, ...patch }));
    if (!ok) {
      setTitle(detail.title);
      setAuthor(detail.author);
    }
    onSaved();
  };
  const quotes = detail.items.filter((i) => i.type === 'quote').length;

  return (
    <header className="briefing-header">
      <div className="briefing-title-row">
        <label className="sr-only" htmlFor="briefing-title">
          Briefing title
        </label>
        <input
          id="briefing-title"
          className="title-input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => title.trim() !== detail.title && void save({ title: title.trim() })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <button type="button" className="primary" onClick={onExport}>
          Export…
        </button>
      </div>
      <div className="briefing-fields">
        <div className="field inline">
          <label htmlFor="briefing-author">Author</label>
          <input
            id="briefing-author"
            value={author}
            placeholder="Your name"
            onChange={(e) => setAuthor(e.target.value)}
            onBlur={() => author !== detail.author && void save({ author })}
          />
        </div>
        <div className="field inline">
          <label htmlFor="briefing-style">Citation style</label>
          <StyleSelect id="briefing-style" value={detail.style} onChange={(style) => void save({ style })} />
        </div>
        <span className="muted briefing-counts">
          {plural(detail.items.length, 'item')} · {plural(quotes, 'quote')}
        </span>
      </div>
    </header>
  );
}
