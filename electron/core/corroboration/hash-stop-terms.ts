/**
 * Terms too common to find candidates with. MinHash picks a set's minimum under each hash, and
 * in a corpus about one subject every other sentence holds "india", "russia" or "minister":
 * left in, they make millions of unrelated pairs share a band (measured: 1.2 million candidates
 * for 38,000 paragraphs, 40 for each link found). They still count in the precise score, where
 * IDF weighs them down, but a link needs a shared term that is not one of them (term-weights.ts),
 * so signatures are made of the other terms only.
 *
 * A term is a stop term when more than STOP_SHARE of the paragraphs hold it, and at least
 * STOP_MIN_COUNT do: a small corpus (the bundled one) has none.
 */
export const STOP_SHARE = 0.003;
export const STOP_MIN_COUNT = 100;
/**
 * A unit with this many other terms is signed by them alone. One of common words only can never
 * link (term-weights.ts) and gets no signature; one with a single uncommon term, signed by it
 * alone, would share all its bands with every unit that holds it (measured: 7 million
 * candidates for 190,000 paragraphs, 80 per link), so it is signed with its common terms too.
 */
export const MIN_SIGNED_TERMS = 2;

export function hashStopTerms(termSets: Iterable<Int32Array>): Int32Array {
  const df = new Map<number, number>();
  let rows = 0;
  for (const set of termSets) {
    rows++;
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const limit = Math.max(STOP_MIN_COUNT, rows * STOP_SHARE);
  const stop: number[] = [];
  for (const [t, n] of df) if (n > limit) stop.push(t);
  return Int32Array.from(stop).sort();
}

/** `unit` without the stop terms (both sorted); the same array when nothing is dropped. */
export function withoutStopTerms(unit: Int32Array, stop: Int32Array): Int32Array {
  if (stop.length === 0) return unit;
  const out = new Int32Array(unit.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < unit.length; i++) {
    const t = unit[i] as number;
    while (j < stop.length && (stop[j] as number) < t) j++;
    if (stop[j] !== t) out[n++] = t;
  }
  return n === unit.length ? unit : out.slice(0, n);
}
