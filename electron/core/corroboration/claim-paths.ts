/** How one member of a claim reaches another through the claim's links. */
export interface ClaimPath {
  /** The weakest link on the strongest path: how well the chain holds. */
  score: number;
  /** Every link on that path is a quote link. */
  quote: boolean;
}

export interface PathLink {
  other: number;
  score: number;
  quote: boolean;
}

/**
 * The widest paths from `start` to every row in `members` over links among them (Prim's order:
 * the strongest reachable row next), O(n²) in the claim's size, which is small beside the corpus.
 * Rows not reachable through members are left out.
 */
export function widestPaths(start: number, members: ReadonlySet<number>, linksOf: (row: number) => Iterable<PathLink>): Map<number, ClaimPath> {
  const best = new Map<number, ClaimPath>([[start, { score: Infinity, quote: true }]]);
  const done = new Set<number>();
  for (;;) {
    let next = -1;
    let nextPath: ClaimPath | undefined;
    for (const [row, path] of best) {
      if (done.has(row)) continue;
      if (!nextPath || path.score > nextPath.score || (path.score === nextPath.score && row < next)) {
        next = row;
        nextPath = path;
      }
    }
    if (!nextPath) break;
    done.add(next);
    for (const l of linksOf(next)) {
      if (!members.has(l.other) || done.has(l.other)) continue;
      const score = Math.min(nextPath.score, l.score);
      const old = best.get(l.other);
      if (!old || score > old.score) best.set(l.other, { score, quote: nextPath.quote && l.quote });
    }
  }
  best.delete(start);
  return best;
}
