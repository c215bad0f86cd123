import type { Tag, TagWithCount } from '../api/contract';

export interface TagNode {
  tag: TagWithCount;
  depth: number;
  children: TagNode[];
  /** This tag's count plus every descendant's. */
  total: number;
}

const byName = (a: Tag, b: Tag) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Nests tags by parentId; a tag whose parent is missing is shown at the top level. */
export function buildTagTree(tags: TagWithCount[]): TagNode[] {
  const ids = new Set(tags.map((t) => t.id));
  const childrenOf = new Map<string | null, TagWithCount[]>();
  for (const t of tags) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(t);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): TagNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((t) => !seen.has(t.id) && seen.add(t.id))
      .sort(byName)
      .map((tag) => {
        const children = build(tag.id, depth + 1);
        return { tag, depth, children, total: tag.count + children.reduce((n, c) => n + c.total, 0) };
      });
  return build(null, 0);
}

/** "Parent › Child" for a tag, so nested tags read unambiguously in pickers. */
export function tagPath(tag: Tag, byId: Map<string, Tag>): string {
  const names = [tag.name];
  const seen = new Set([tag.id]);
  let parent = tag.parentId ? byId.get(tag.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return names.join(' › ');
}

export function descendantIds(tagId: string, tags: Tag[]): Set<string> {
  const out = new Set<string>();
  const walk = (id: string) => {
    for (const t of tags) {
      if (t.parentId === id && !out.has(t.id)) {
        out.add(t.id);
        walk(t.id);
      }
    }
  };
  walk(tagId);
  return out;
}
