// Extra relevance for a paragraph whose query words sit together. All words must match anyway;
// this decides that "foreign minister" as written outranks "foreign" and "minister" far apart.

/** A query word as a range of term ids [from, to): one id for a word, several for a prefix. */
export type IdRange = readonly [number, number];

export const MAX_EXTRA_OCCURRENCES = 4;

const inRange = (id: number, r: IdRange) => id >= r[0] && id < r[1];

/**
 * `scale` for the words in the order typed and adjacent, half of it for all of them within a few
 * words of each other in any order, plus one per repeated occurrence (at most MAX_EXTRA_OCCURRENCES).
 * `tokens` are a paragraph's term ids, `words` the query words in the order typed.
 */
export function proximityBoost(tokens: ArrayLike<number>, words: readonly IdRange[], scale: number): number {
  const n = words.length;
  let exact = false;
  const lastSeen = new Array<number>(n).fill(-1);
  let unseen = n;
  let shortest = Infinity;
  let matches = 0;
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens[i] as number;
    let u = 0;
    while (u < n && !inRange(id, words[u] as IdRange)) u++;
    if (u === n) continue;
    matches++;
    if (lastSeen[u] === -1) unseen--;
    lastSeen[u] = i;
    if (unseen === 0) {
      let first = i;
      for (const at of lastSeen) if (at < first) first = at;
      if (i - first + 1 < shortest) shortest = i - first + 1;
    }
    if (!exact && u === 0 && i + n <= tokens.length) {
      exact = true;
      for (let k = 1; k < n && exact; k++) exact = inRange(tokens[i + k] as number, words[k] as IdRange);
    }
  }
  const together = exact ? scale : shortest <= n + 3 ? Math.ceil(scale / 2) : 0;
  return together + Math.min(MAX_EXTRA_OCCURRENCES, Math.max(0, matches - n));
}
