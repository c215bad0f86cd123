// Briefings: ordered headings, markdown text blocks and quotes of paragraphs.
import { NotebookError } from '../../shared/result';
import type { Backlink, Briefing, BriefingDetail, BriefingItem, ResolvedQuote } from '../../shared/types';
import { newId, nowIso, requireParagraph, sourceRef, type ImplOf, type NotebookContext } from './notebook-context';
import { resolveReference } from './resolve-reference';

type BriefingMethods =
  | 'listBriefings'
  | 'createBriefing'
  | 'updateBriefing'
  | 'getBriefing'
  | 'deleteBriefing'
  | 'addQuote'
  | 'addHeading'
  | 'addText'
  | 'editItem'
  | 'moveItem'
  | 'removeItem'
  | 'restoreItem'
  | 'reanchorQuote'
  | 'backlinks';

export function requireBriefing(ctx: NotebookContext, id: string): Briefing {
  const b = ctx.store.state.briefings.find((x) => x.id === id);
  if (!b) throw new NotebookError('NOT_FOUND', `No briefing with id "${id}".`);
  return b;
}

function requireItem(b: Briefing, itemId: string): BriefingItem {
  const item = b.items.find((it) => it.id === itemId);
  if (!item) throw new NotebookError('NOT_FOUND', `Briefing "${b.title}" has no item "${itemId}".`);
  return item;
}

/** Every quote of a paragraph matching `wanted`, grouped by paragraph id. */
export function briefingsQuoting(ctx: NotebookContext, wanted: (paragraphId: string) => boolean): Record<string, Backlink[]> {
  const out: Record<string, Backlink[]> = {};
  for (const b of ctx.store.state.briefings) {
    for (const it of b.items) {
      if (it.type === 'quote' && wanted(it.paragraphId)) {
        (out[it.paragraphId] ??= []).push({ briefingId: b.id, briefingTitle: b.title, itemId: it.id });
      }
    }
  }
  return out;
}

export function resolveQuotes(ctx: NotebookContext, b: Briefing): Record<string, ResolvedQuote> {
  const quotes: Record<string, ResolvedQuote> = {};
  for (const it of b.items) {
    if (it.type !== 'quote') continue;
    const r = resolveReference(ctx.corpus, it.paragraphId, it.hash);
    quotes[it.id] = {
      status: r.status,
      paragraph: r.paragraph,
      source: r.paragraph ? sourceRef(ctx, r.paragraph.sourceId) : null,
    };
  }
  return quotes;
}

export function briefingsService(ctx: NotebookContext): ImplOf<BriefingMethods> {
  const styleExists = (style: string) => ctx.citations.listStyles().some((s) => s.id === style);
  const insert = async (briefingId: string, item: BriefingItem, index: number | undefined) =>
    ctx.exclusive(async () => {
      const b = requireBriefing(ctx, briefingId);
      await ctx.store.commit({ type: 'item.insert', briefingId, item, index: index ?? b.items.length, at: nowIso(ctx) });
      return item;
    });

  return {
    async listBriefings() {
      return [...ctx.store.state.briefings]
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
        .map((b) => ({
          id: b.id,
          title: b.title,
          author: b.author,
          createdAt: b.createdAt,
          updatedAt: b.updatedAt,
          itemCount: b.items.length,
          quoteCount: b.items.filter((it) => it.type === 'quote').length,
        }));
    },

    async createBriefing({ title, author }) {
      return ctx.exclusive(async () => {
        const id = newId('brf');
        const style = ctx.store.state.settings.defaultStyle;
        await ctx.store.commit({
          type: 'briefing.create',
          briefing: { id, title: title.trim(), author: author?.trim() ?? '', style, at: nowIso(ctx) },
        });
        return requireBriefing(ctx, id);
      });
    },

    async updateBriefing({ id, title, author, style }) {
      return ctx.exclusive(async () => {
        requireBriefing(ctx, id);
        if (style !== undefined && !styleExists(style)) {
          throw new NotebookError('NOT_FOUND', `No citation style "${style}". Add it in Settings first.`);
        }
        await ctx.store.commit({ type: 'briefing.update', id, title: title?.trim(), author: author?.trim(), style, at: nowIso(ctx) });
        return requireBriefing(ctx, id);
      });
    },

    async getBriefing({ id }): Promise<BriefingDetail> {
      const b = requireBriefing(ctx, id);
      return { ...b, items: b.items.map((it) => ({ ...it })), quotes: resolveQuotes(ctx, b) };
    },

    async deleteBriefing({ id }) {
      return ctx.exclusive(async () => {
        requireBriefing(ctx, id);
        await ctx.store.commit({ type: 'briefing.delete', id });
      });
    },

    async addQuote({ briefingId, paragraphId, comment, index }) {
      const p = requireParagraph(ctx, paragraphId);
      return insert(briefingId, { id: newId('itm'), type: 'quote', paragraphId: p.id, hash: p.hash, comment: comment?.trim() ?? '' }, index);
    },

    async addHeading({ briefingId, text, index }) {
      return insert(briefingId, { id: newId('itm'), type: 'heading', text: text.trim() }, index);
    },

    async addText({ briefingId, markdown, index }) {
      return insert(briefingId, { id: newId('itm'), type: 'text', markdown }, index);
    },

    async editItem({ briefingId, itemId, text, markdown, comment }) {
      return ctx.exclusive(async () => {
        const item = requireItem(requireBriefing(ctx, briefingId), itemId);
        const fits =
          (item.type === 'heading' && text !== undefined && markdown === undefined && comment === undefined) ||
          (item.type === 'text' && markdown !== undefined && text === undefined && comment === undefined) ||
          (item.type === 'quote' && comment !== undefined && text === undefined && markdown === undefined);
        if (!fits) {
          const field = { heading: 'text', text: 'markdown', quote: 'comment' }[item.type];
          throw new NotebookError('INVALID_INPUT', `A ${item.type} item is edited through its "${field}" field only.`);
        }
        await ctx.store.commit({
          type: 'item.update',
          briefingId,
          itemId,
          patch: { text: text?.trim(), markdown, comment: comment?.trim() },
          at: nowIso(ctx),
        });
        return requireItem(requireBriefing(ctx, briefingId), itemId);
      });
    },

    async moveItem({ briefingId, itemId, toIndex }) {
      return ctx.exclusive(async () => {
        const b = requireBriefing(ctx, briefingId);
        requireItem(b, itemId);
        if (toIndex >= b.items.length) {
          throw new NotebookError('INVALID_INPUT', `Position ${toIndex} is past the end (the briefing has ${b.items.length} items).`);
        }
        await ctx.store.commit({ type: 'item.move', briefingId, itemId, toIndex, at: nowIso(ctx) });
      });
    },

    async removeItem({ briefingId, itemId }) {
      return ctx.exclusive(async () => {
        const b = requireBriefing(ctx, briefingId);
        const item = { ...requireItem(b, itemId) };
        const index = b.items.findIndex((it) => it.id === itemId);
        await ctx.store.commit({ type: 'item.remove', briefingId, itemId, at: nowIso(ctx) });
        return { item, index };
      });
    },

    async restoreItem({ briefingId, item, index }) {
      return ctx.exclusive(async () => {
        const b = requireBriefing(ctx, briefingId);
        if (b.items.some((it) => it.id === item.id)) {
          throw new NotebookError('CONFLICT', `Item "${item.id}" is already in the briefing.`);
        }
        await ctx.store.commit({ type: 'item.insert', briefingId, item, index, at: nowIso(ctx) });
      });
    },

    async reanchorQuote({ briefingId, itemId, paragraphId }) {
      return ctx.exclusive(async () => {
        const item = requireItem(requireBriefing(ctx, briefingId), itemId);
        if (item.type !== 'quote') throw new NotebookError('INVALID_INPUT', 'Only a quote can be re-anchored.');
        const p = requireParagraph(ctx, paragraphId);
        await ctx.store.commit({
          type: 'item.update',
          briefingId,
          itemId,
          patch: { paragraphId: p.id, hash: p.hash },
          at: nowIso(ctx),
        });
        return requireItem(requireBriefing(ctx, briefingId), itemId);
      });
    },

    async backlinks({ paragraphId }) {
      requireParagraph(ctx, paragraphId);
      return briefingsQuoting(ctx, (pid) => pid === paragraphId)[paragraphId] ?? [];
    },
  };
}
