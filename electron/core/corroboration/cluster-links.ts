import type { LinkTable } from './link-table';
import { UnionFind } from './union-find';

export interface ClusterOptions {
  /** Two groups merge when their members' mean similarity (across sources) reaches this. */
  minMeanSimilarity: number;
  /** Members of each group compared per merge: the first ones to join, the group's core. */
  sample: number;
}

/**
 * Groups linked rows into claims. Plain connected components chain: A≈B, B≈C, C≈D puts A and D
 * in one claim however unrelated they are, and one press conference then becomes one giant
 * "claim". So links are taken strongest first and two groups merge only when, on average, the
 * cores of both groups are similar (average linkage, with a bounded sample so a syndicated
 * paragraph with hundreds of copies costs no more than a small group).
 *
 * Returns, per row, the row that represents its group, or -1 for a row with no link. With
 * `only`, links between rows not marked in it are skipped (an update re-groups only the
 * components it touched) and those rows come back -1.
 */
export function clusterLinks(
  rows: number,
  links: LinkTable,
  sourceOf: Int32Array,
  similarity: (a: number, b: number) => number,
  options: ClusterOptions,
  only?: Uint8Array,
): Int32Array {
  const order = Array.from(links.a.keys())
    .filter((i) => !only || only[links.a[i] as number] === 1)
    .sort(
    (i, j) => (links.score[j] as number) - (links.score[i] as number) || (links.a[i] as number) - (links.a[j] as number) || (links.b[i] as number) - (links.b[j] as number),
  );
  const sets = new UnionFind(rows);
  const members = new Map<number, number[]>();
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  const linked = new Uint8Array(rows);
  for (const i of order) {
    const a = links.a[i] as number;
    const b = links.b[i] as number;
    linked[a] = 1;
    linked[b] = 1;
    const x = sets.find(a);
    const y = sets.find(b);
    if (x === y) continue;
    const mx = membersOf(x);
    const my = membersOf(y);
    if (mx.length > 1 || my.length > 1) {
      let sum = 0;
      let n = 0;
      for (const p of mx.slice(0, options.sample)) {
        for (const q of my.slice(0, options.sample)) {
          if (sourceOf[p] === sourceOf[q]) continue;
          sum += p === a && q === b ? (links.score[i] as number) : similarity(p, q);
          n++;
        }
      }
      if (n > 0 && sum / n < options.minMeanSimilarity) continue;
    }
    const root = sets.union(a, b);
    const other = root === x ? y : x;
    // The root is the larger group: appending the smaller keeps merging O(n log n) overall.
    const joined = members.get(root) ?? [root];
    for (const m of membersOf(other)) joined.push(m);
    members.delete(other);
    members.set(root, joined);
  }
  const out = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r++) if (linked[r]) out[r] = sets.find(r);
  return out;
}
