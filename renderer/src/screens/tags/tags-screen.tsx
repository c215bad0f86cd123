import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { EmptyState } from '../../components/empty-state';
import { plural } from '../../lib/format';
import { TagDetails } from './tag-details';
import { TagTreeView } from './tag-tree-view';
import { TaggedParagraphList } from './tagged-paragraph-list';

export function TagsScreen({ tagId }: { tagId?: string }) {
  const { tags, navigate } = useApp();
  const [version, setVersion] = useState(0);
  const tag = tags.find((t) => t.id === tagId);

  return (
    <section className="screen tags-screen" aria-labelledby="tags-heading">
      <header className="screen-header">
        <h1 id="tags-heading">Tags</h1>
        <p className="screen-meta">{plural(tags.length, 'tag')}</p>
      </header>
      {tags.length === 0 ? (
        <EmptyState title="No tags yet.">
          <p>
            Open a source from <a href={hrefFor({ screen: 'sources' })}>Sources</a>, choose <strong>Tag</strong> on a paragraph and type a name: the
            tag is created and appears here.
          </p>
        </EmptyState>
      ) : (
        <div className="split">
          <div className="split-side">
            <TagTreeView tags={tags} selectedId={tagId} onSelect={(id) => navigate({ screen: 'tags', tagId: id })} />
          </div>
          <div className="split-main">
            {tag ? (
              <>
                <h2 className="detail-heading">
                  <span className="tag-dot large" style={{ background: tag.color }} aria-hidden="true" />
                  {tag.name}
                </h2>
                <TagDetails tag={tag} onChanged={() => setVersion((v) => v + 1)} />
                <TaggedParagraphList tagId={tag.id} version={version} />
              </>
            ) : (
              <EmptyState title="Select a tag">
                <p>Choose a tag on the left to see every paragraph that carries it, across all sources.</p>
              </EmptyState>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
