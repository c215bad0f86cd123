import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { TagWithCount } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { descendantIds, tagPath } from '../../lib/tag-tree';

const PALETTE = ['#2563eb', '#dc2626', '#d97706', '#059669', '#7c3aed', '#db2777', '#0d9488', '#4b5563', '#65a30d', '#ea580c'];

interface Props {
  tag: TagWithCount;
  onChanged: () => void;
}

/** Rename, recolour, nest, merge and delete one tag. */
export function TagDetails({ tag, onChanged }: Props) {
  const { tags, attempt, refreshTags, navigate } = useApp();
  const [name, setName] = useState(tag.name);
  const [mergeInto, setMergeInto] = useState('');
  const [confirm, setConfirm] = useState<'delete' | 'merge' | null>(null);
  useEffect(() => {
    setName(tag.name);
    setMergeInto('');
  }, [tag.id, tag.name]);

  const byId = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const others = useMemo(
    () => tags.filter((t) => t.id !== tag.id).map((t) => ({ id: t.id, path: tagPath(t, byId) })).sort((a, b) => a.path.localeCompare(b.path)),
    [tags, tag.id, byId],
  );
  const below = useMemo(() => descendantIds(tag.id, tags), [tag.id, tags]);
  const parents = others.filter((t) => !below.has(t.id));

  const change = async (op: () => Promise<unknown>) => {
    const ok = await attempt(async () => {
      await op();
      return true;
    });
    await refreshTags();
    if (ok) onChanged();
  };

  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && name.trim() !== tag.name) void change(() => notebook.renameTag({ id: tag.id, name: name.trim() }));
  };
  const mergeTarget = byId.get(mergeInto);

  return (
    <div className="tag-details">
      <form className="inline-form" onSubmit={rename}>
        <label htmlFor="tag-name">Name</label>
        <input id="tag-name" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim() || name.trim() === tag.name}>
          Rename
        </button>
      </form>
      <fieldset className="swatches">
        <legend>Colour</legend>
        {PALETTE.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            style={{ background: c }}
            aria-label={`Colour ${c}`}
            aria-pressed={tag.color.toLowerCase() === c}
            onClick={() => void change(() => notebook.recolorTag({ id: tag.id, color: c }))}
          />
        ))}
        <input
          type="color"
          aria-label="Custom colour"
          defaultValue={tag.color}
          key={tag.color}
          onBlur={(e) => {
            if (e.target.value.toLowerCase() !== tag.color.toLowerCase()) void change(() => notebook.recolorTag({ id: tag.id, color: e.target.value }));
          }}
        />
      </fieldset>
      <div className="inline-form">
        <label htmlFor="tag-parent">Nest under</label>
        <select
          id="tag-parent"
          value={tag.parentId ?? ''}
          onChange={(e) => void change(() => notebook.moveTag({ id: tag.id, parentId: e.target.value || null }))}
        >
          <option value="">Nothing (top level)</option>
          {parents.map((t) => (
            <option key={t.id} value={t.id}>
              {t.path}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form">
        <label htmlFor="tag-merge">Merge into</label>
        <select id="tag-merge" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">Choose a tag…</option>
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.path}
            </option>
          ))}
        </select>
        <button type="button" disabled={!mergeInto} onClick={() => setConfirm('merge')}>
          Merge
        </button>
        <span className="spacer-flex" />
        <button type="button" className="danger" onClick={() => setConfirm('delete')}>
          Delete tag
        </button>
      </div>
      {confirm === 'delete' && (
        <ConfirmDialog
          title={`Delete the tag “${tag.name}”?`}
          message={`It is removed from ${tag.count === 1 ? 'the 1 paragraph' : `all ${tag.count} paragraphs`} that carry it. Nested tags move up one level. The paragraphs themselves stay in the corpus.`}
          confirmLabel="Delete tag"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            void change(() => notebook.deleteTag({ id: tag.id })).then(() => navigate({ screen: 'tags' }));
          }}
        />
      )}
      {confirm === 'merge' && mergeTarget && (
        <ConfirmDialog
          title={`Merge “${tag.name}” into “${mergeTarget.name}”?`}
          message={`Every paragraph tagged “${tag.name}” gets “${mergeTarget.name}” instead, nested tags move across, and “${tag.name}” is deleted.`}
          confirmLabel="Merge tags"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            void change(() => notebook.mergeTags({ fromId: tag.id, intoId: mergeTarget.id })).then(() =>
              navigate({ screen: 'tags', tagId: mergeTarget.id }),
            );
          }}
        />
      )}
    </div>
  );
}
