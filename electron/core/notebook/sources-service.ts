// Sources, paragraphs, their annotations, and search.
import type { Backlink, SearchHit, Source, SourceAnnotations, SourceSummary } from '../../shared/types';
import { snippet } from '../search/snippet';
import { briefingsQuoting } from './briefings-service';
import { sourceMeta, sourceRef, requireParagraph, type ImplOf, type NotebookContext } from './notebook-context';
import { expandTagIds } from './tags-service';

type SourceMethods =
  | 'listSources'
  | 'getSource'
  | 'getParagraph'
  | 'editSourceDetails'
  | 'resetSourceDetails'
  | 'getSourceAnnotations'
  | 'search';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sourcesService(ctx: NotebookContext): ImplOf<SourceMethods> {
  const summary = (id: string): SourceSummary => {
    const meta = sourceMeta(ctx, id);
    return {
      ...meta,
      paragraphCount: ctx.corpus.sourceParagraphCount(id) ?? 0,
      taggedCount: ctx.taggings.taggedInSource(id),
      edited: id in ctx.store.state.sourceEdits,
    };
  };
  const fullSource = (id: string): Source => {
    const meta = sourceMeta(ctx, id);
    return {
      ...meta,
      edited: id in ctx.store.state.sourceEdits,
      paragraphs: ctx.corpus.getSource(id)?.paragraphs ?? [],
    };
  };

  return {
    async listSources({ offset, limit, sort, order, filter }) {
      const needle = filter.trim().toLowerCase();
      let rows = ctx.corpus.sources.map((s) => summary(s.id));
      if (needle) {
        rows = rows.filter((s) => `${s.title}\n${s.outlet}\n${s.author}`.toLowerCase().includes(needle));
      }
      const dir = order === 'asc' ? 1 : -1;
      rows.sort((a, b) => {
        const c =
          sort === 'taggedCount'
            ? a.taggedCount - b.taggedCount
            : // Empty values sort last whichever way the column is sorted.
              Number(a[sort] === '') - Number(b[sort] === '') || dir * collator.compare(a[sort], b[sort]);
        return (sort === 'taggedCount' ? dir * c : c) || collator.compare(a.id, b.id);
      });
      return { total: rows.length, items: rows.slice(offset, offset + limit) };
    },

    async getSource({ id }) {
      return fullSource(sourceMeta(ctx, id).id);
    },

    async getParagraph({ id }) {
      return requireParagraph(ctx, id);
    },

    async editSourceDetails({ id, patch }) {
      return ctx.exclusive(async () => {
        sourceMeta(ctx, id);
        const clean = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v.trim()]));
        await ctx.store.commit({ type: 'source.edit', sourceId: id, patch: clean });
        return fullSource(id);
      });
    },

    async resetSourceDetails({ id }) {
      return ctx.exclusive(async () => {
        sourceMeta(ctx, id);
        await ctx.store.commit({ type: 'source.reset', sourceId: id });
        return fullSource(id);
      });
    },

    async getSourceAnnotations({ sourceId }) {
      const entry = ctx.corpus.getSource(sourceMeta(ctx, sourceId).id);
      const out: SourceAnnotations = { tags: {}, backlinks: {} };
      for (const p of entry?.paragraphs ?? []) {
        const tags = ctx.taggings.tagsOf(p.id);
        if (tags.size > 0) out.tags[p.id] = [...tags];
      }
      const quoted: Record<string, Backlink[]> = briefingsQuoting(ctx, (pid) => pid.startsWith(`${sourceId}:p`));
      out.backlinks = quoted;
      return out;
    },

    async search({ text, sourceIds, tagIds, offset, limit }) {
      const sources = sourceIds && sourceIds.length > 0 ? new Set(sourceIds) : null;
      let tagged: Set<string> | null = null;
      if (tagIds && tagIds.length > 0) {
        tagged = new Set();
        for (const t of expandTagIds(ctx, tagIds)) for (const pid of ctx.taggings.paragraphsOf(t)) tagged.add(pid);
      }
      const filter =
        sources || tagged
          ? (p: { id: string; sourceId: string }) => (!sources || sources.has(p.sourceId)) && (!tagged || tagged.has(p.id))
          : undefined;
      const found = (await ctx.search()).search({ text, offset, limit, filter });
      const hits: SearchHit[] = [];
      for (const h of found.hits) {
        const p = ctx.corpus.getParagraph(h.paragraphId);
        if (!p) continue;
        hits.push({
          paragraphId: p.id,
          sourceId: p.sourceId,
          n: p.n,
          kind: p.kind,
          source: sourceRef(ctx, p.sourceId),
          snippet: snippet(p.text, text),
          score: h.score,
        });
      }
      return { total: found.total, hits };
    },
  };
}
