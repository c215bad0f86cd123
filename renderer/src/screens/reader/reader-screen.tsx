import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Backlink, Paragraph, Source, SourceAnnotations, Tag, TagWithCount } from '../../api/contract';
import { notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/route';
import { AddToBriefingDialog } from '../../components/add-to-briefing-dialog';
import { copyText } from '../../lib/copy-text';
import { firstWords, formatDate, plural } from '../../lib/format';
import { CompareDialog } from '../corroboration/compare-dialog';
import { CorroborationProgress } from '../corroboration/corroboration-progress';
import { useCorroborationProgress } from '../corroboration/use-corroboration-progress';
import { EditSourceDialog } from '../sources/edit-source-dialog';
import { ParagraphView } from './paragraph-view';
import type { TagChoice } from './tag-combobox';
import { useSourceCorroboration } from './use-source-corroboration';

const EMPTY_ANNOTATIONS: SourceAnnotations = { tags: {}, backlinks: {} };
const NO_TAGS: Tag[] = [];
const NO_BACKLINKS: Backlink[] = [];
const NO_TAG_LIST: TagWithCount[] = [];

export function ReaderScreen({ sourceId, paragraphId }: { sourceId: string; paragraphId?: string }) {
  const app = useApp();
  const { attempt, refreshTags, refreshBriefings, tags: allTags, settings, routeSeq, toast } = app;
  const [source, setSource] = useState<Source | null>(null);
  const [annotations, setAnnotations] = useState<SourceAnnotations>(EMPTY_ANNOTATIONS);
  const [adding, setAdding] = useState<Paragraph | null>(null);
  const [editing, setEditing] = useState(false);
  const [highlight, setHighlight] = useState<string | undefined>(paragraphId);
  const [taggingId, setTaggingId] = useState<string | null>(null);
  // Tags this screen created or applied, known before the app's tag list has been refreshed.
  const [learned, setLearned] = useState<ReadonlyMap<string, Tag>>(new Map());
  const [comparing, setComparing] = useState<Paragraph | null>(null);
  const { byParagraph: corroboration, waiting: corroborationWaiting } = useSourceCorroboration(sourceId, app.report);
  const corroborationProgress = useCorroborationProgress(corroborationWaiting);

  const loadAnnotations = useCallback(async () => {
    const a = await attempt(() => notebook.getSourceAnnotations({ sourceId }));
    if (a) setAnnotations(a);
  }, [attempt, sourceId]);

  useEffect(() => {
    void attempt(async () => setSource(await notebook.getSource({ id: sourceId })));
    void loadAnnotations();
  }, [attempt, loadAnnotations, sourceId]);

  // Jump to the requested paragraph whenever a navigation asks for it, even the same one twice.
  useEffect(() => {
    setHighlight(paragraphId);
    if (!paragraphId || !source) return;
    const el = document.getElementById(`para-${paragraphId}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [paragraphId, source, routeSeq]);

  // Stable per-paragraph arrays: a change re-renders only the paragraphs whose chips it changes.
  const chipCache = useRef(new Map<string, { key: string; tags: Tag[] }>());
  const tagsByParagraph = useMemo(() => {
    const byId = new Map<string, Tag>([...learned, ...allTags.map((t): [string, Tag] => [t.id, t])]);
    const out = new Map<string, Tag[]>();
    for (const [pid, ids] of Object.entries(annotations.tags)) {
      const tags = ids.map((id) => byId.get(id)).filter((t): t is Tag => !!t);
      const key = tags.map((t) => `${t.id}\u0000${t.name}\u0000${t.color}`).join('\u0001');
      const cached = chipCache.current.get(pid);
      if (cached?.key === key) out.set(pid, cached.tags);
      else {
        chipCache.current.set(pid, { key, tags });
        out.set(pid, tags);
      }
    }
    return out;
  }, [allTags, annotations, learned]);

  const setParagraphTags = (paragraphId: string, ids: string[]) =>
    setAnnotations((a) => ({ ...a, tags: { ...a.tags, [paragraphId]: ids } }));

  // The chip shows at once for an existing tag; the core's answer then confirms (or a reload undoes it).
  const onTag = useCallback(
    (p: Paragraph, choice: TagChoice) =>
      void (async () => {
        if (choice.kind === 'existing') {
          setAnnotations((a) => ({ ...a, tags: { ...a.tags, [p.id]: [...(a.tags[p.id] ?? []), choice.tag.id] } }));
        }
        const applied = await attempt(async () => {
          const tag = choice.kind === 'existing' ? choice.tag : await notebook.createTag({ name: choice.name });
          return notebook.tagParagraph({ paragraphId: p.id, tagId: tag.id });
        });
        if (applied) {
          setLearned((m) => new Map([...m, ...applied.map((t): [string, Tag] => [t.id, t])]));
          setParagraphTags(p.id, applied.map((t) => t.id));
        } else {
          await loadAnnotations();
        }
        await refreshTags();
      })(),
    [attempt, loadAnnotations, refreshTags],
  );
  const onUntag = useCallback(
    (p: Paragraph, tag: Tag) =>
      void attempt(async () => {
        await notebook.untagParagraph({ paragraphId: p.id, tagId: tag.id });
        await Promise.all([loadAnnotations(), refreshTags()]);
      }),
    [attempt, loadAnnotations, refreshTags],
  );
  const onCopyCitation = useCallback(
    (p: Paragraph) =>
      void attempt(async () => {
        const { text } = await notebook.citeParagraph({ paragraphId: p.id, style: settings.defaultStyle || undefined });
        await copyText(text);
        toast('Citation copied');
      }),
    [attempt, settings.defaultStyle, toast],
  );

  if (!source) {
    return (
      <section className="screen reader-screen" aria-busy="true">
        <p className="muted">Loading source…</p>
      </section>
    );
  }

  const hidden = settings.hideBoilerplate ? source.paragraphs.filter((p) => p.kind === 'boilerplate' && p.id !== highlight) : [];
  const hiddenIds = new Set(hidden.map((p) => p.id));
  const shown = source.paragraphs.filter((p) => !hiddenIds.has(p.id));
  const opening = source.paragraphs.find((p) => p.kind === 'body') ?? source.paragraphs[0];

  return (
    <section className="screen reader-screen" aria-labelledby="reader-heading">
      <header className="screen-header reader-header">
        <a className="back-link" href={hrefFor({ screen: 'sources' })}>
          ← All sources
        </a>
        <h1 id="reader-heading">
          {source.title || (
            <>
              <span className="untitled">Untitled</span>{' '}
              <span className="muted">{opening ? firstWords(opening.text, 10) : ''}</span>
            </>
          )}
        </h1>
        <dl className="source-meta">
          <div>
            <dt>Outlet</dt>
            <dd className={source.outlet ? '' : 'muted'}>{source.outlet || '—'}</dd>
          </div>
          <div>
            <dt>Author</dt>
            <dd className={source.author ? '' : 'muted'}>{source.author || '—'}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd className={source.published ? '' : 'muted'}>{source.published ? formatDate(source.published) : '—'}</dd>
          </div>
          <div>
            <dt>Paragraphs</dt>
            <dd>{source.paragraphs.length}</dd>
          </div>
        </dl>
        <div className="screen-tools">
          <label className="toggle">
            <input
              type="checkbox"
              checked={settings.hideBoilerplate}
              onChange={(e) => void app.updateSettings({ hideBoilerplate: e.target.checked })}
            />
            Hide boilerplate
          </label>
          <button type="button" onClick={() => setEditing(true)}>
            Edit source details
          </button>
        </div>
        {corroborationProgress && <CorroborationProgress state={corroborationProgress} what="Finding other reports of this source…" />}
      </header>
      {hidden.length > 0 && <p className="hidden-note">{plural(hidden.length, 'boilerplate paragraph')} hidden.</p>}
      <ol className="paragraphs" aria-label="Paragraphs">
        {shown.map((p) => (
          <ParagraphView
            key={p.id}
            paragraph={p}
            tags={tagsByParagraph.get(p.id) ?? NO_TAGS}
            backlinks={annotations.backlinks[p.id] ?? NO_BACKLINKS}
            highlighted={p.id === highlight}
            tagging={p.id === taggingId}
            allTags={p.id === taggingId ? allTags : NO_TAG_LIST}
            onTagging={setTaggingId}
            onTag={onTag}
            onUntag={onUntag}
            onAddToBriefing={setAdding}
            onCopyCitation={onCopyCitation}
            corroboration={corroboration.get(p.id)}
            onCompare={setComparing}
          />
        ))}
      </ol>
      {adding && (
        <AddToBriefingDialog
          paragraphIds={[adding.id]}
          what={`¶ ${adding.n}`}
          onClose={() => setAdding(null)}
          onAdded={() => {
            void loadAnnotations();
            void refreshBriefings();
          }}
        />
      )}
      {comparing && (
        <CompareDialog
          paragraph={comparing}
          source={{ id: source.id, title: source.title, outlet: source.outlet, published: source.published }}
          claimId={corroboration.get(comparing.id)?.claimId ?? null}
          onClose={() => setComparing(null)}
        />
      )}
      {editing && (
        <EditSourceDialog
          sourceId={source.id}
          initial={source}
          onClose={() => setEditing(false)}
          onSaved={(s) => {
            setSource(s);
            setEditing(false);
          }}
        />
      )}
    </section>
  );
}
