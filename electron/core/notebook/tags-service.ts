// Tags (a tree) and taggings of paragraphs.
import { NotebookError } from '../../shared/result';
import type { Paragraph, Tag, TaggedParagraph, TagWithCount } from '../../shared/types';
import { newId, nowIso, requireParagraph, sourceRef, type ImplOf, type NotebookContext } from './notebook-context';
import { resolveReference } from './resolve-reference';

type TagMethods =
  | 'listTags'
  | 'createTag'
  | 'renameTag'
  | 'recolorTag'
  | 'moveTag'
  | 'mergeTags'
  | 'deleteTag'
  | 'tagParagraph'
  | 'untagParagraph'
  | 'tagsForParagraph'
  | 'paragraphsWithTag';

/** Colour-blind-friendly, readable on light and dark backgrounds. */
export const TAG_PALETTE = ['#3b6fd4', '#d9812b', '#2e9e6b', '#c94f7c', '#7b5cc4', '#a08b22', '#2b9bb3', '#c9503a'];

/** Collapses whitespace and drops control characters: what a person would call the same name. */
export const cleanTagName = (name: string) =>
  name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export function requireTag(ctx: NotebookContext, id: string): Tag {
  const tag = ctx.store.state.tags.find((t) => t.id === id);
  if (!tag) throw new NotebookError('NOT_FOUND', `No tag with id "${id}".`);
  return tag;
}

export function findTagByName(ctx: NotebookContext, name: string): Tag | undefined {
  const wanted = cleanTagName(name);
  return ctx.store.state.tags.find((t) => sameName(t.name, wanted));
}

/** The tags and all their descendants. */
export function expandTagIds(ctx: NotebookContext, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    for (const t of ctx.store.state.tags) if (t.parentId === id) stack.push(t.id);
  }
  return out;
}

function tagsOn(ctx: NotebookContext, paragraphId: string): Tag[] {
  const ids = ctx.taggings.tagsOf(paragraphId);
  return ctx.store.state.tags.filter((t) => ids.has(t.id));
}

export function tagsService(ctx: NotebookContext): ImplOf<TagMethods> {
  const assertFreeName = (name: string, exceptId?: string) => {
    const clash = findTagByName(ctx, name);
    if (clash && clash.id !== exceptId) {
      throw new NotebookError('CONFLICT', `A tag named "${clash.name}" already exists. Merge the tags instead.`);
    }
  };
  const nonEmpty = (name: string) => {
    const clean = cleanTagName(name);
    if (!clean) throw new NotebookError('INVALID_INPUT', 'A tag name must contain visible characters.');
    return clean;
  };

  return {
    async listTags() {
      return ctx.store.state.tags.map((t): TagWithCount => ({ ...t, count: ctx.taggings.paragraphsOf(t.id).size }));
    },

    async createTag({ name, color, parentId }) {
      return ctx.exclusive(async () => {
        const clean = nonEmpty(name);
        assertFreeName(clean);
        if (parentId) requireTag(ctx, parentId);
        const n = ctx.store.state.tags.length;
        const tag: Tag = {
          id: newId('tag'),
          name: clean,
          color: color ?? TAG_PALETTE[n % TAG_PALETTE.length] ?? '#3b6fd4',
          parentId: parentId ?? null,
          createdAt: nowIso(ctx),
        };
        await ctx.store.commit({ type: 'tag.create', tag });
        return requireTag(ctx, tag.id);
      });
    },

    async renameTag({ id, name }) {
      return ctx.exclusive(async () => {
        requireTag(ctx, id);
        const clean = nonEmpty(name);
        assertFreeName(clean, id);
        await ctx.store.commit({ type: 'tag.update', id, name: clean });
        return requireTag(ctx, id);
      });
    },

    async recolorTag({ id, color }) {
      return ctx.exclusive(async () => {
        requireTag(ctx, id);
        await ctx.store.commit({ type: 'tag.update', id, color: color.toLowerCase() });
        return requireTag(ctx, id);
      });
    },

    async moveTag({ id, parentId }) {
      return ctx.exclusive(async () => {
        const tag = requireTag(ctx, id);
        if (parentId !== null) {
          const parent = requireTag(ctx, parentId);
          if (expandTagIds(ctx, [id]).has(parentId)) {
            throw new NotebookError('INVALID_INPUT', `Cannot nest "${tag.name}" under "${parent.name}": that would make a loop.`);
          }
        }
        await ctx.store.commit({ type: 'tag.update', id, parentId });
        return requireTag(ctx, id);
      });
    },

    async mergeTags({ fromId, intoId }) {
      return ctx.exclusive(async () => {
        const from = requireTag(ctx, fromId);
        const into = requireTag(ctx, intoId);
        if (fromId === intoId) throw new NotebookError('INVALID_INPUT', `Cannot merge "${from.name}" into itself.`);
        if (expandTagIds(ctx, [fromId]).has(intoId)) {
          // Merging a parent into its own child: lift the child first so the tree stays a tree.
          await ctx.store.commit({ type: 'tag.update', id: intoId, parentId: from.parentId });
        }
        await ctx.store.commit({ type: 'tag.merge', fromId, intoId: into.id });
        ctx.taggings.rebuild(ctx.store.state.taggings);
        return requireTag(ctx, intoId);
      });
    },

    async deleteTag({ id }) {
      return ctx.exclusive(async () => {
        requireTag(ctx, id);
        await ctx.store.commit({ type: 'tag.delete', id });
        ctx.taggings.rebuild(ctx.store.state.taggings);
      });
    },

    async tagParagraph({ paragraphId, tagId }) {
      return ctx.exclusive(async () => {
        const p = requireParagraph(ctx, paragraphId);
        requireTag(ctx, tagId);
        if (!ctx.taggings.has(p.id, tagId)) {
          await ctx.store.commit({
            type: 'tagging.add',
            tagging: { paragraphId: p.id, hash: p.hash, tagId, createdAt: nowIso(ctx) },
          });
          ctx.taggings.add(p.id, tagId, p.hash);
        }
        return tagsOn(ctx, p.id);
      });
    },

    async untagParagraph({ paragraphId, tagId }) {
      return ctx.exclusive(async () => {
        requireTag(ctx, tagId);
        if (ctx.taggings.has(paragraphId, tagId)) {
          await ctx.store.commit({ type: 'tagging.remove', paragraphId, tagId });
          ctx.taggings.remove(paragraphId, tagId);
        }
        return tagsOn(ctx, paragraphId);
      });
    },

    async tagsForParagraph({ paragraphId }) {
      requireParagraph(ctx, paragraphId);
      return tagsOn(ctx, paragraphId);
    },

    async paragraphsWithTag({ tagId, includeDescendants, offset, limit }) {
      requireTag(ctx, tagId);
      const tagIds = includeDescendants ? expandTagIds(ctx, [tagId]) : new Set([tagId]);
      const rows = new Map<string, string>(); // paragraphId → a tag id it carries
      for (const t of tagIds) for (const pid of ctx.taggings.paragraphsOf(t)) if (!rows.has(pid)) rows.set(pid, t);
      const order = [...rows.keys()].sort((a, b) => {
        const [sa, na] = [a.slice(0, a.lastIndexOf(':p')), Number(a.slice(a.lastIndexOf(':p') + 2))];
        const [sb, nb] = [b.slice(0, b.lastIndexOf(':p')), Number(b.slice(b.lastIndexOf(':p') + 2))];
        return sa === sb ? na - nb : sa < sb ? -1 : 1;
      });
      const items = order.slice(offset, offset + limit).map((pid): TaggedParagraph => {
        const hash = ctx.taggings.hashOf(pid, rows.get(pid) as string) ?? '';
        const r = resolveReference(ctx.corpus, pid, hash);
        const sourceId = pid.slice(0, pid.lastIndexOf(':p'));
        const paragraph: Paragraph = r.paragraph ?? {
          id: pid,
          sourceId,
          n: Number(pid.slice(pid.lastIndexOf(':p') + 2)),
          text: '',
          hash,
          kind: 'body',
        };
        const source = ctx.corpus.getSource(paragraph.sourceId)
          ? sourceRef(ctx, paragraph.sourceId)
          : { id: sourceId, title: '', outlet: '', published: '' };
        return { paragraph, source, status: r.status };
      });
      return { total: order.length, items };
    },
  };
}
