// Every change to the notebook is one of these ops. The store journals them and replays them
// through applyOp, so applyOp must be deterministic and must never throw: the service checks
// each op before committing it, and an op whose target has gone is a no-op on replay.
import type { BriefingItem, Settings, SourceDetailsPatch, Tag, Tagging } from '../../shared/types';
import type { NotebookData } from './notebook-data';

export type NotebookOp =
  | { type: 'tag.create'; tag: Tag }
  | { type: 'tag.update'; id: string; name?: string; color?: string; parentId?: string | null }
  | { type: 'tag.merge'; fromId: string; intoId: string }
  | { type: 'tag.delete'; id: string }
  | { type: 'tagging.add'; tagging: Tagging }
  | { type: 'tagging.remove'; paragraphId: string; tagId: string }
  | { type: 'briefing.create'; briefing: { id: string; title: string; author: string; style: string; at: string } }
  | { type: 'briefing.update'; id: string; title?: string; author?: string; style?: string; at: string }
  | { type: 'briefing.delete'; id: string }
  | { type: 'item.insert'; briefingId: string; item: BriefingItem; index: number; at: string }
  | { type: 'item.update'; briefingId: string; itemId: string; patch: ItemPatch; at: string }
  | { type: 'item.move'; briefingId: string; itemId: string; toIndex: number; at: string }
  | { type: 'item.remove'; briefingId: string; itemId: string; at: string }
  | { type: 'source.edit'; sourceId: string; patch: SourceDetailsPatch }
  | { type: 'source.reset'; sourceId: string }
  | { type: 'settings.update'; patch: Partial<Settings> };

export interface ItemPatch {
  text?: string;
  markdown?: string;
  comment?: string;
  paragraphId?: string;
  hash?: string;
}

const clampIndex = (i: number, length: number) => Math.max(0, Math.min(i, length));

export function applyOp(d: NotebookData, op: NotebookOp): void {
  switch (op.type) {
    case 'tag.create':
      if (!d.tags.some((t) => t.id === op.tag.id)) d.tags.push({ ...op.tag });
      return;
    case 'tag.update': {
      const tag = d.tags.find((t) => t.id === op.id);
      if (!tag) return;
      if (op.name !== undefined) tag.name = op.name;
      if (op.color !== undefined) tag.color = op.color;
      if (op.parentId !== undefined) tag.parentId = op.parentId;
      return;
    }
    case 'tag.merge': {
      const from = d.tags.find((t) => t.id === op.fromId);
      if (!from || !d.tags.some((t) => t.id === op.intoId) || op.fromId === op.intoId) return;
      const already = new Set(d.taggings.filter((g) => g.tagId === op.intoId).map((g) => g.paragraphId));
      d.taggings = d.taggings.filter((g) => {
        if (g.tagId !== op.fromId) return true;
        if (already.has(g.paragraphId)) return false;
        g.tagId = op.intoId;
        already.add(g.paragraphId);
        return true;
      });
      for (const t of d.tags) if (t.parentId === op.fromId) t.parentId = op.intoId;
      d.tags = d.tags.filter((t) => t.id !== op.fromId);
      return;
    }
    case 'tag.delete': {
      const tag = d.tags.find((t) => t.id === op.id);
      if (!tag) return;
      for (const t of d.tags) if (t.parentId === op.id) t.parentId = tag.parentId;
      d.tags = d.tags.filter((t) => t.id !== op.id);
      d.taggings = d.taggings.filter((g) => g.tagId !== op.id);
      return;
    }
    case 'tagging.add':
      if (!d.taggings.some((g) => g.tagId === op.tagging.tagId && g.paragraphId === op.tagging.paragraphId)) {
        d.taggings.push({ ...op.tagging });
      }
      return;
    case 'tagging.remove': {
      const i = d.taggings.findIndex((g) => g.tagId === op.tagId && g.paragraphId === op.paragraphId);
      if (i >= 0) d.taggings.splice(i, 1);
      return;
    }
    case 'briefing.create': {
      const { id, title, author, style, at } = op.briefing;
      if (!d.briefings.some((b) => b.id === id)) {
        d.briefings.push({ id, title, author, style, createdAt: at, updatedAt: at, items: [] });
      }
      return;
    }
    case 'briefing.update': {
      const b = d.briefings.find((x) => x.id === op.id);
      if (!b) return;
      if (op.title !== undefined) b.title = op.title;
      if (op.author !== undefined) b.author = op.author;
      if (op.style !== undefined) b.style = op.style;
      b.updatedAt = op.at;
      return;
    }
    case 'briefing.delete':
      d.briefings = d.briefings.filter((b) => b.id !== op.id);
      return;
    case 'item.insert': {
      const b = d.briefings.find((x) => x.id === op.briefingId);
      if (!b || b.items.some((it) => it.id === op.item.id)) return;
      b.items.splice(clampIndex(op.index, b.items.length), 0, { ...op.item });
      b.updatedAt = op.at;
      return;
    }
    case 'item.update': {
      const b = d.briefings.find((x) => x.id === op.briefingId);
      const item = b?.items.find((it) => it.id === op.itemId);
      if (!b || !item) return;
      if (item.type === 'heading' && op.patch.text !== undefined) item.text = op.patch.text;
      if (item.type === 'text' && op.patch.markdown !== undefined) item.markdown = op.patch.markdown;
      if (item.type === 'quote') {
        if (op.patch.comment !== undefined) item.comment = op.patch.comment;
        if (op.patch.paragraphId !== undefined && op.patch.hash !== undefined) {
          item.paragraphId = op.patch.paragraphId;
          item.hash = op.patch.hash;
        }
      }
      b.updatedAt = op.at;
      return;
    }
    case 'item.move': {
      const b = d.briefings.find((x) => x.id === op.briefingId);
      const from = b ? b.items.findIndex((it) => it.id === op.itemId) : -1;
      if (!b || from < 0) return;
      const [item] = b.items.splice(from, 1);
      if (item) b.items.splice(clampIndex(op.toIndex, b.items.length), 0, item);
      b.updatedAt = op.at;
      return;
    }
    case 'item.remove': {
      const b = d.briefings.find((x) => x.id === op.briefingId);
      if (!b) return;
      b.items = b.items.filter((it) => it.id !== op.itemId);
      b.updatedAt = op.at;
      return;
    }
    case 'source.edit':
      d.sourceEdits[op.sourceId] = { ...d.sourceEdits[op.sourceId], ...op.patch };
      return;
    case 'source.reset':
      Reflect.deleteProperty(d.sourceEdits, op.sourceId);
      return;
    case 'settings.update':
      d.settings = { ...d.settings, ...op.patch };
      return;
  }
}
