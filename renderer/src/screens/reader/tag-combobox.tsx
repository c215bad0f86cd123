import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Tag, TagWithCount } from '../../api/contract';
import { tagPath } from '../../lib/tag-tree';

export type TagChoice = { kind: 'existing'; tag: Tag } | { kind: 'create'; name: string };

interface Props {
  label: string;
  tags: TagWithCount[];
  /** Tags the paragraph already has: not offered again. */
  exclude: ReadonlySet<string>;
  onChoose: (choice: TagChoice) => void;
  onClose: () => void;
}

const MAX_OPTIONS = 8;

/** An ARIA 1.2 combobox: type to filter existing tags, or create a new one. */
export function TagCombobox({ label, tags, exclude, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const options = useMemo<TagChoice[]>(() => {
    const byId = new Map<string, Tag>(tags.map((t) => [t.id, t]));
    const q = query.trim().toLowerCase();
    const matches = tags
      .filter((t) => !exclude.has(t.id) && t.name.toLowerCase().includes(q))
      .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) || b.count - a.count)
      .slice(0, MAX_OPTIONS)
      .map((tag): TagChoice => ({ kind: 'existing', tag: { ...tag, name: tagPath(tag, byId) } }));
    const exact = tags.some((t) => t.name.toLowerCase() === q);
    return q && !exact ? [...matches, { kind: 'create', name: query.trim() }] : matches;
  }, [tags, exclude, query]);

  const current = Math.min(active, options.length - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((current + 1) % Math.max(options.length, 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((current - 1 + options.length) % Math.max(options.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const choice = options[current];
      if (choice) onChoose(choice);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      className="popover tag-popover"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <input
        className="combobox-input"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 && options.length > 0 ? optionId(current) : undefined}
        placeholder="Find or create a tag"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="listbox" role="listbox" id={listId} aria-label="Tags">
        {options.map((o, i) => (
          <li
            key={o.kind === 'existing' ? o.tag.id : '__create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(o)}
          >
            {o.kind === 'existing' ? (
              <>
                <span className="tag-dot" style={{ background: o.tag.color }} aria-hidden="true" />
                {o.tag.name}
              </>
            ) : (
              <span className="create-option">Create tag “{o.name}”</span>
            )}
          </li>
        ))}
        {options.length === 0 && (
          <li className="listbox-empty" role="presentation">
            {tags.length === 0 ? 'Type a name to create your first tag.' : 'Type to filter, or a new name to create a tag.'}
          </li>
        )}
      </ul>
    </div>
  );
}
