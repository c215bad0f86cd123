// Plain-text rendering for the CLI's human output.
import type { SourceRef, TagWithCount } from '../shared/types';

export const describeSource = (s: Pick<SourceRef, 'title' | 'outlet' | 'published' | 'id'>) =>
  [s.outlet, s.title ? `“${s.title}”` : `untitled (${s.id})`, s.published].filter(Boolean).join(', ');

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.min(60, Math.max(widths[i] ?? 0, [...c].length))));
  return rows
    .map((r) =>
      r
        .map((c, i) => {
          const chars = [...c];
          const cell = chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : c;
          return i === r.length - 1 ? cell : cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function tagTree(tags: TagWithCount[]): string {
  const lines: string[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const t of tags.filter((x) => x.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name))) {
      lines.push(`${'  '.repeat(depth)}${t.name} (${t.count})  ${t.color}  ${t.id}`);
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return lines.join('\n');
}
