// Extra relevance for a paragraph whose query words sit together. All words must match anyway;
// this decides that "foreign minister" as written outranks "foreign" and "minister" far apart.

export interface BoostQuery {
  /** The words in the order typed; the last one may be a prefix. */
  words: readonly string[];
  lastIsPrefix: boolean;
}

export const MAX_EXTRA_OCCURRENCES = 4;

/**
 * `scale` for the words in order and adjacent, half of it for all of them within a few words of
 * each other in any order, plus one per repeated occurrence (at most MAX_EXTRA_OCCURRENCES).
 */
export function proximityBoost(tokens: readonly string[], q: BoostQuery, scale: number): number {
  const n = q.words.length;
  const unitOf = (tok: string): number => {
    for (let u = 0; u < n; u++) {
      const w = q.words[u] as string;
      if (tok === w || (q.lastIsPrefix && u === n - 1 && tok.startsWith(w))) return u;
    }
    return -1;
  };
  const units = tokens.map(unitOf);

  let exact = false;
  for (let i = 0; !exact && i + n <= units.length; i++) {
    exact = true;
    for (let k = 0; k < n && exact; k++) {
      const tok = tokens[i + k] as string;
      const w = q.words[k] as string;
      exact = tok === w || (q.lastIsPrefix && k === n - 1 && tok.startsWith(w));
    }
  }

  // Shortest stretch of tokens holding every word at least once.
  const lastSeen = new Array<number>(n).fill(-1);
  let shortest = Infinity;
  let matches = 0;
  units.forEach((u, i) => {
    if (u < 0) return;
    matches++;
    lastSeen[u] = i;
    const first = Math.min(...lastSeen);
    if (first >= 0) shortest = Math.min(shortest, i - first + 1);
  });

  const together = exact ? scale : shortest <= n + 3 ? Math.ceil(scale / 2) : 0;
  return together + Math.min(MAX_EXTRA_OCCURRENCES, Math.max(0, matches - n));
}
