// At open, references whose paragraph moved (same text, new position or id) are re-pointed, and
// references whose text is gone are counted and reported. Nothing is dropped.
import type { StoreNotice } from '../../shared/types';
import type { NotebookContext } from './notebook-context';
import type { NotebookOp } from './notebook-ops';
import { resolveReference } from './resolve-reference';

export async function reanchorAll(ctx: NotebookContext): Promise<StoreNotice[]> {
  const ops: NotebookOp[] = [];
  let broken = 0;
  const at = ctx.now().toISOString();
  // Nearly every reference still matches: that is checked from the corpus's hash table, without
  // making the paragraph (and its source's) objects.
  const matches = (paragraphId: string, hash: string) => ctx.corpus.hasHash(paragraphId, hash);
  for (const g of ctx.store.state.taggings) {
    if (matches(g.paragraphId, g.hash)) continue;
    const r = resolveReference(ctx.corpus, g.paragraphId, g.hash);
    if (r.status === 'broken') broken++;
    if (r.status === 'reanchored' && r.paragraph) {
      ops.push({ type: 'tagging.remove', paragraphId: g.paragraphId, tagId: g.tagId });
      ops.push({ type: 'tagging.add', tagging: { ...g, paragraphId: r.paragraph.id } });
    }
  }
  for (const b of ctx.store.state.briefings) {
    for (const it of b.items) {
      if (it.type !== 'quote' || matches(it.paragraphId, it.hash)) continue;
      const r = resolveReference(ctx.corpus, it.paragraphId, it.hash);
      if (r.status === 'broken') broken++;
      if (r.status === 'reanchored' && r.paragraph) {
        ops.push({ type: 'item.update', briefingId: b.id, itemId: it.id, patch: { paragraphId: r.paragraph.id, hash: it.hash }, at });
      }
    }
  }
  const notices: StoreNotice[] = [];
  if (ops.length > 0) {
    await ctx.store.commit(ops);
    ctx.taggings.rebuild(ctx.store.state.taggings);
    const moved = ops.filter((o) => o.type !== 'tagging.remove').length;
    notices.push({
      kind: 'references-reanchored',
      message: `The corpus changed: ${moved} tag${moved === 1 ? '' : 's'} or quote${moved === 1 ? '' : 's'} followed ${moved === 1 ? 'its' : 'their'} paragraph to its new place.`,
    });
  }
  if (broken > 0) {
    notices.push({
      kind: 'references-broken',
      message: `The corpus changed: ${broken} tag${broken === 1 ? '' : 's'} or quote${broken === 1 ? '' : 's'} point${broken === 1 ? 's' : ''} at text that is no longer there. They are kept and flagged; re-anchor or remove them.`,
    });
  }
  return notices;
}
