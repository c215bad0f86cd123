import { NotebookError } from '../../shared/result';
import { NO_SIGNATURE, type SignatureTable } from './signature-table';

export interface CandidateOptions {
  /**
   * A bucket holding more paragraphs than this (a paragraph syndicated to hundreds of outlets,
   * or a stock phrase) pairs each of them with its first `bucketCap` members only, instead of
   * every pair: the copies stay connected through those anchors, at linear cost.
   */
  bucketCap: number;
  /** When given, only pairs with at least one row marked 1 are wanted (an incremental update). */
  dirty?: Uint8Array;
}

export const DEFAULT_BUCKET_CAP = 64;

const UNIT_BITS = 2 ** 21;
const ROW_BITS = 2 ** 26;

/** A growable list of pair keys (a * 2^26 + b, a < b) that ends sorted and unique. */
class PairKeys {
  private data = new Float64Array(1 << 16);
  private size = 0;

  push(a: number, b: number): void {
    if (this.size === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = a < b ? a * ROW_BITS + b : b * ROW_BITS + a;
  }

  finish(): Float64Array {
    const all = this.data.subarray(0, this.size).sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i] as number;
    return all.slice(0, n);
  }
}

export const pairRows = (key: number): [number, number] => [pairA(key), pairB(key)];
/** The rows of a pair key one at a time, without an array per pair (millions of them). */
export const pairA = (key: number): number => Math.floor(key / ROW_BITS);
export const pairB = (key: number): number => key % ROW_BITS;

function rowSources(table: SignatureTable): Int32Array {
  const out = new Int32Array(table.paragraphN.length);
  table.sources.forEach((s, i) => out.fill(i, s.start, s.start + s.count));
  return out;
}

function unitRows(table: SignatureTable): Int32Array {
  const units = table.bandKeys.length / table.bands;
  const out = new Int32Array(units);
  for (let r = 0; r + 1 < table.unitStart.length; r++) out.fill(r, table.unitStart[r] as number, table.unitStart[r + 1] as number);
  return out;
}

/**
 * Candidate pairs of rows from different sources that share at least one LSH band: for each
 * band, (key, unit) pairs are packed into one float64 and sorted, so equal keys sit together
 * without a hash map of millions of entries.
 */
export function lshCandidates(table: SignatureTable, options: CandidateOptions): Float64Array {
  const { bands } = table;
  const units = table.bandKeys.length / bands;
  if (units >= UNIT_BITS || table.paragraphN.length >= ROW_BITS) {
    throw new NotebookError('CORPUS', `The corpus has ${units} sentences to compare; corroboration handles at most ${UNIT_BITS - 1} (about 800,000 paragraphs).`);
  }
  const sourceOf = rowSources(table);
  const rowOf = unitRows(table);
  const { dirty, bucketCap } = options;
  const out = new PairKeys();
  const packed = new Float64Array(units);
  const bucket: number[] = [];
  const flush = (): void => {
    const n = bucket.length;
    const anchors = Math.min(n, bucketCap);
    for (let i = 0; i < anchors; i++) {
      const a = bucket[i] as number;
      for (let j = i + 1; j < n; j++) {
        const b = bucket[j] as number;
        if (sourceOf[a] === sourceOf[b]) continue;
        if (dirty && dirty[a] === 0 && dirty[b] === 0) continue;
        out.push(a, b);
      }
    }
    bucket.length = 0;
  };
  for (let band = 0; band < bands; band++) {
    for (let u = 0; u < units; u++) packed[u] = ((table.bandKeys[u * bands + band] as number) >>> 0) * UNIT_BITS + u;
    packed.sort();
    let currentKey = -1;
    for (let i = 0; i < units; i++) {
      const v = packed[i] as number;
      const key = Math.floor(v / UNIT_BITS);
      const row = rowOf[v % UNIT_BITS] as number;
      if (key !== currentKey) {
        flush();
        currentKey = key;
      }
      // A real band key of 0 has odds of 2^-32 per band; skipping it costs nothing.
      if (key === NO_SIGNATURE) continue;
      // Units of one row are adjacent in a run (same key, ascending unit), so one check dedupes.
      if (bucket[bucket.length - 1] !== row) bucket.push(row);
    }
    flush();
  }
  return out.finish();
}
