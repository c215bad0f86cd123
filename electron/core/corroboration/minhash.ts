import { mix32 } from './hash32';

/** Banding: a pair becomes a candidate when all ROWS minima of some band agree. */
export interface MinHashParams {
  bands: number;
  rows: number;
  seed: number;
}

/**
 * 32 bands of 3 rows: a pair of sentences with Jaccard 0.4 shares a band 88% of the time, one
 * with 0.5 99%, while an unrelated pair at 0.1 does 3% and at 0.05 0.4%. Translations of one
 * remark sit around 0.4–0.6 after synonym folding (see term-synonyms.ts), so 3 rows, not 4.
 */
export const DEFAULT_MINHASH: MinHashParams = { bands: 32, rows: 3, seed: 0x2f6b_1d3c };

/** Probability that a pair with Jaccard `j` becomes a candidate: 1 - (1 - j^rows)^bands. */
export const candidateProbability = (j: number, p: MinHashParams = DEFAULT_MINHASH): number =>
  1 - (1 - j ** p.rows) ** p.bands;

/** Computes LSH band keys of term sets: one int32 per band, from `rows` MinHash minima. */
export class MinHasher {
  private readonly seeds: Int32Array;
  private readonly minima: Int32Array;

  constructor(readonly params: MinHashParams = DEFAULT_MINHASH) {
    const n = params.bands * params.rows;
    this.seeds = new Int32Array(n);
    let s = params.seed >>> 0;
    for (let k = 0; k < n; k++) {
      s = mix32(s + 0x9e3779b9);
      this.seeds[k] = s;
    }
    this.minima = new Int32Array(n);
  }

  /** Band keys of one term set, written into `out` at `offset` (bands entries). */
  bandKeys(terms: Int32Array, out: Int32Array, offset: number): void {
    const { bands, rows } = this.params;
    const minima = this.minima;
    const seeds = this.seeds;
    minima.fill(0x7fffffff);
    for (let t = 0; t < terms.length; t++) {
      const x = terms[t] as number;
      for (let k = 0; k < minima.length; k++) {
        const v = mix32(x ^ (seeds[k] as number));
        if (v < (minima[k] as number)) minima[k] = v;
      }
    }
    for (let b = 0; b < bands; b++) {
      let key = mix32(b + 1);
      for (let r = 0; r < rows; r++) key = mix32(key ^ (minima[b * rows + r] as number));
      out[offset + b] = key;
    }
  }
}
