import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TagWithCount } from '../../api/contract';
import { buildTagTree, type TagNode } from '../../lib/tag-tree';

interface Props {
  tags: TagWithCount[];
  selectedId?: string;
  onSelect: (id: string) => void;
}

/** An ARIA tree with roving focus: arrows move, Right/Left open and close, Enter selects. */
export function TagTreeView({ tags, selectedId, onSelect }: Props) {
  const roots = useMemo(() => buildTagTree(tags), [tags]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | undefined>(selectedId);
  const treeRef = useRef<HTMLUListElement>(null);

  const visible = useMemo(() => {
    const out: { node: TagNode; parent?: string }[] = [];
    const walk = (nodes: TagNode[], parent?: string) => {
      for (const node of nodes) {
        out.push({ node, parent });
        if (!collapsed.has(node.tag.id)) walk(node.children, node.tag.id);
      }
    };
    walk(roots);
    return out;
  }, [roots, collapsed]);

  const tabStop = visible.some((v) => v.node.tag.id === focusId) ? focusId : (selectedId ?? visible[0]?.node.tag.id);

  const focusItem = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    treeRef.current?.querySelector<HTMLElement>(`[data-tag-id="${CSS.escape(id)}"]`)?.focus();
  };
  const toggle = (id: string, open: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = visible.findIndex((v) => v.node.tag.id === tabStop);
    const cur = visible[i];
    if (!cur) return;
    const id = cur.node.tag.id;
    const hasChildren = cur.node.children.length > 0;
    const open = hasChildren && !collapsed.has(id);
    const handled: Record<string, () => void> = {
      ArrowDown: () => focusItem(visible[i + 1]?.node.tag.id),
      ArrowUp: () => focusItem(visible[i - 1]?.node.tag.id),
      Home: () => focusItem(visible[0]?.node.tag.id),
      End: () => focusItem(visible[visible.length - 1]?.node.tag.id),
      ArrowRight: () => (open ? focusItem(cur.node.children[0]?.tag.id) : hasChildren && toggle(id, true)),
      ArrowLeft: () => (open ? toggle(id, false) : focusItem(cur.parent)),
      Enter: () => onSelect(id),
      ' ': () => onSelect(id),
    };
    const action = handled[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const renderNode = (node: TagNode, level: number, setSize: number, pos: number) => {
    const id = node.tag.id;
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(id);
    const labelId = `tag-label-${id}`;
    return (
      <li
        key={id}
        role="treeitem"
        data-tag-id={id}
        aria-labelledby={labelId}
        aria-level={level}
        aria-setsize={setSize}
        aria-posinset={pos}
        aria-selected={id === selectedId}
        aria-expanded={hasChildren ? open : undefined}
        tabIndex={id === tabStop ? 0 : -1}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocusId(id);
        }}
        onClick={(e) => {
          e.stopPropagation();
          setFocusId(id);
          onSelect(id);
        }}
      >
        <div className={`tree-row${id === selectedId ? ' selected' : ''}`} style={{ paddingLeft: `${0.5 + (level - 1) * 1.1}rem` }}>
          <span
            className={`tree-twisty${hasChildren ? '' : ' leaf'}`}
            aria-hidden="true"
            onClick={(e) => {
              if (!hasChildren) return;
              e.stopPropagation();
              toggle(id, !open);
            }}
          >
            {hasChildren ? (open ? '▾' : '▸') : ''}
          </span>
          <span className="tag-dot" style={{ background: node.tag.color }} aria-hidden="true" />
          <span className="tree-label" id={labelId}>
            {node.tag.name}
          </span>
          <span className="tree-count" title={`${node.tag.count} tagged here, ${node.total} including nested tags`}>
            {node.total}
          </span>
        </div>
        {open && (
          <ul role="group">{node.children.map((c, j) => renderNode(c, level + 1, node.children.length, j + 1))}</ul>
        )}
      </li>
    );
  };

  return (
    <ul className="tag-tree" role="tree" aria-label="Tags" ref={treeRef} onKeyDown={onKeyDown}>
      {roots.map((n, i) => renderNode(n, 1, roots.length, i + 1))}
    </ul>
  );
}
