import { overlapOf, type TermWeights } from './term-weights';

/**
 * Comparing two paragraphs unit by unit (sentences, clauses, quotations) costs a merge walk
 * per pair of units, over whole units, for millions of candidate pairs. No unit pair can share
 * a term that the two paragraphs do not, and paragraphs that report the same thing usually share
 * a handful of terms: so the shared terms are found once, each unit becomes a bit mask over
 * them, and a pair of units is an AND of two masks. Past MASK_BITS shared terms (near-copies)
 * units are walked as they are.
 */
const MASK_BITS = 32;

/** The terms two paragraphs share, and their weights: written by sharePair, read by bestOverlap. */
export interface SharedTerms {
  /** How many terms are shared (only the first `count` entries of `terms` count). */
  count: number;
  terms: Int32Array;
  /** Filled on first need (most candidate pairs never need them): see weigh(). */
  weighed: boolean;
  weights: Float64Array;
  /** Bit k set: shared term k is a common (hash stop) term, see TermWeights. */
  commonMask: number;
}

const scratch: SharedTerms = { count: 0, terms: new Int32Array(256), weighed: false, weights: new Float64Array(MASK_BITS), commonMask: 0 };

function weigh(shared: SharedTerms, weights: TermWeights): void {
  shared.weighed = true;
  shared.commonMask = 0;
  for (let k = 0; k < shared.count; k++) {
    const t = shared.terms[k] as number;
    shared.weights[k] = weights.weight(t);
    if (weights.isCommon(t)) shared.commonMask |= 1 << k;
  }
}

/** The terms of sorted, unique `a` and `b` in both, into a buffer reused by the next call. */
export function sharePair(a: Int32Array, b: Int32Array): SharedTerms {
  if (scratch.terms.length < Math.min(a.length, b.length)) scratch.terms = new Int32Array(Math.min(a.length, b.length) * 2);
  const out = scratch.terms;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  scratch.count = n;
  scratch.weighed = false;
  return scratch;
}

function maskOf(set: Int32Array, shared: SharedTerms): number {
  const terms = shared.terms;
  let m = 0;
  let i = 0;
  let j = 0;
  while (i < set.length && j < shared.count) {
    const x = set[i] as number;
    const y = terms[j] as number;
    if (x === y) {
      m |= 1 << j;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return m;
}

function bitCount(m: number): number {
  let v = m - ((m >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

let masksA: Int32Array = new Int32Array(64);
let masksB: Int32Array = new Int32Array(64);

function masks(sets: readonly Int32Array[], shared: SharedTerms, into: Int32Array): Int32Array {
  const out = into.length >= sets.length ? into : new Int32Array(sets.length * 2);
  for (let i = 0; i < sets.length; i++) out[i] = maskOf(sets[i] as Int32Array, shared);
  return out;
}

/**
 * Best overlap (TermWeights.overlap, at least `minShared` shared terms, one not common) over
 * every pair of sets of `as` and `bs`, whose terms are all terms of the two paragraphs `shared`
 * was made from. With `skipA` and `skipB`, pairs i, j with skipA[i] and skipB[j] both 1 are left out.
 */
export function bestOverlap(
  as: readonly Int32Array[],
  bs: readonly Int32Array[],
  shared: SharedTerms,
  weights: TermWeights,
  minShared: number,
  skipA?: Uint8Array,
  skipB?: Uint8Array,
): number {
  if (as.length === 0 || bs.length === 0 || shared.count < minShared) return 0;
  const noSkip = skipA === undefined || skipB === undefined;
  let best = 0;
  if (shared.count > MASK_BITS) {
    for (let i = 0; i < as.length; i++) {
      for (let j = 0; j < bs.length; j++) {
        if (!noSkip && skipA[i] === 1 && skipB[j] === 1) continue;
        const a = as[i] as Int32Array;
        const b = bs[j] as Int32Array;
        const dot = weights.sharedWeight(a, b, minShared);
        if (dot > 0) best = Math.max(best, overlapOf(dot, weights.norm(a), weights.norm(b)));
        // Near-copies land here: once two units are the same, no pair can do better.
        if (best >= 1) return best;
      }
    }
    return best;
  }
  masksA = masks(as, shared, masksA);
  masksB = masks(bs, shared, masksB);
  for (let i = 0; i < as.length; i++) {
    const ma = masksA[i] as number;
    if (bitCount(ma) < minShared) continue;
    for (let j = 0; j < bs.length; j++) {
      const m = ma & (masksB[j] as number);
      if (bitCount(m) < minShared || (!noSkip && skipA[i] === 1 && skipB[j] === 1)) continue;
      if (!shared.weighed) weigh(shared, weights);
      if ((m & ~shared.commonMask) === 0) continue;
      let dot = 0;
      for (let k = 0, bits = m; bits !== 0; k++, bits >>>= 1) if (bits & 1) dot += shared.weights[k] as number;
      best = Math.max(best, overlapOf(dot, weights.norm(as[i] as Int32Array), weights.norm(bs[j] as Int32Array)));
      if (best >= 1) return best;
    }
  }
  return best;
}
