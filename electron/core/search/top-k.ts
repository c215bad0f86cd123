// Picks the k best of many small integer scores without comparing them: one pass counts the
// scores, a second places the winners straight into their sorted slots (a counting sort that
// stops at k). A page of 50 out of 150,000 candidates costs two passes, not a sort.

/**
 * Indexes of the `k` best scores: score descending, then index ascending (callers keep their
 * candidates in tie-break order, so the index is the tie-break).
 */
export function topK(scores: Uint16Array, k: number): Uint32Array {
  const n = scores.length;
  k = Math.max(0, Math.min(Math.floor(k), n));
  if (k === 0) return new Uint32Array(0);
  let max = 0;
  for (let i = 0; i < n; i++) if ((scores[i] as number) > max) max = scores[i] as number;
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    counts[s] = (counts[s] as number) + 1;
  }
  // The lowest score that makes the cut, and where each better score starts in the output.
  const next = new Uint32Array(max + 1);
  let placed = 0;
  let cut = max;
  for (; ; cut--) {
    next[cut] = placed;
    if (placed + (counts[cut] as number) >= k) break;
    placed += counts[cut] as number;
  }
  let ties = k - placed;
  const out = new Uint32Array(k);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    if (s < cut || (s === cut && ties-- <= 0)) continue;
    const at = next[s] as number;
    out[at] = i;
    next[s] = at + 1;
  }
  return out;
}
