import type { CSSProperties } from 'react';
import type { Tag } from '../api/contract';

interface Props {
  tag: Pick<Tag, 'name' | 'color'>;
  onRemove?: () => void;
  removeLabel?: string;
}

export function TagChip({ tag, onRemove, removeLabel }: Props) {
  return (
    <span className="tag-chip" style={{ '--tag-color': tag.color } as CSSProperties}>
      <span className="tag-dot" aria-hidden="true" />
      <span className="tag-chip-name">{tag.name}</span>
      {onRemove && (
        <button type="button" className="tag-chip-remove" aria-label={removeLabel ?? `Remove tag ${tag.name}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </span>
  );
}
