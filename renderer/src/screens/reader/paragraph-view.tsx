import { memo, useRef } from 'react';
import type { Backlink, Paragraph, ParagraphCorroboration, Tag, TagWithCount } from '../../api/contract';
import { hrefFor } from '../../app/route';
import { TagChip } from '../../components/tag-chip';
import { plural } from '../../lib/format';
import { TagCombobox, type TagChoice } from './tag-combobox';

const KIND_LABELS: Partial<Record<Paragraph['kind'], string>> = {
  title: 'Title',
  standfirst: 'Standfirst',
  byline: 'Byline',
  caption: 'Caption',
  boilerplate: 'Boilerplate',
};

interface Props {
  paragraph: Paragraph;
  tags: Tag[];
  backlinks: Backlink[];
  highlighted: boolean;
  /** Whether this paragraph's tag picker is open (one at a time, owned by the reader). */
  tagging: boolean;
  /** Every tag, passed only while the picker is open, so a tag-list refresh re-renders one paragraph. */
  allTags: TagWithCount[];
  onTagging: (paragraphId: string | null) => void;
  onTag: (paragraph: Paragraph, choice: TagChoice) => void;
  onUntag: (paragraph: Paragraph, tag: Tag) => void;
  onAddToBriefing: (paragraph: Paragraph) => void;
  onCopyCitation: (paragraph: Paragraph) => void;
  /** Other sources reporting this paragraph, once known (absent when none do). */
  corroboration?: ParagraphCorroboration;
  onCompare: (paragraph: Paragraph) => void;
}

export const ParagraphView = memo(function ParagraphView(props: Props) {
  const { paragraph: p, tags, backlinks, highlighted, allTags, tagging, corroboration } = props;
  const tagButton = useRef<HTMLButtonElement>(null);
  const kindLabel = KIND_LABELS[p.kind];
  const briefingLinks = [...new Map(backlinks.map((b) => [b.briefingId, b])).values()];
  const closeTagging = () => {
    props.onTagging(null);
    tagButton.current?.focus();
  };

  return (
    <li id={`para-${p.id}`} className={`para kind-${p.kind}${highlighted ? ' highlighted' : ''}${tagging ? ' editing' : ''}`} tabIndex={-1} aria-label={`¶ ${p.n}`}>
      <div className="para-gutter" aria-hidden="true">
        <span className="para-n">¶ {p.n}</span>
      </div>
      <div className="para-body">
        {kindLabel && <span className="kind-label">{kindLabel}</span>}
        <p className="para-text">{p.text}</p>
        {(tags.length > 0 || briefingLinks.length > 0 || corroboration) && (
          <div className="para-annotations">
            {corroboration && (
              <button type="button" className="also-reported" onClick={() => props.onCompare(p)}>
                <span className="also-reported-icon" aria-hidden="true">
                  ⇄
                </span>
                Also reported by {plural(corroboration.otherSources, 'source')}
                <span className="sr-only"> ¶ {p.n}</span>
              </button>
            )}
            {tags.map((t) => (
              <TagChip key={t.id} tag={t} onRemove={() => props.onUntag(p, t)} removeLabel={`Remove tag ${t.name} from ¶ ${p.n}`} />
            ))}
            {briefingLinks.length > 0 && (
              <span className="backlinks">
                Quoted in:{' '}
                {briefingLinks.map((b, i) => (
                  <span key={b.briefingId}>
                    {i > 0 && ', '}
                    <a href={hrefFor({ screen: 'briefings', briefingId: b.briefingId })}>{b.briefingTitle}</a>
                  </span>
                ))}
              </span>
            )}
          </div>
        )}
      </div>
      <div className="para-actions">
        <button type="button" ref={tagButton} aria-expanded={tagging} onClick={() => props.onTagging(tagging ? null : p.id)}>
          Tag<span className="sr-only"> ¶ {p.n}</span>
        </button>
        <button type="button" onClick={() => props.onAddToBriefing(p)}>
          Add to briefing<span className="sr-only"> ¶ {p.n}</span>
        </button>
        <button type="button" onClick={() => props.onCopyCitation(p)}>
          Copy citation<span className="sr-only"> ¶ {p.n}</span>
        </button>
      </div>
      {tagging && (
        <div className="tag-popover-anchor">
          <TagCombobox
            label={`Tag ¶ ${p.n}`}
            tags={allTags}
            exclude={new Set(tags.map((t) => t.id))}
            onClose={closeTagging}
            onChoose={(choice) => {
              closeTagging();
              props.onTag(p, choice);
            }}
          />
        </div>
      )}
    </li>
  );
});
