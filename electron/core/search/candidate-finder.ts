// AND over the postings, with a base score per paragraph: the sum over query words of the word's
// first-occurrence score (for a prefix, the best of its words). Every match is found (the total,
// the caller's filter and phrase checks all need them), rarest word first: the docs of the rarest
// word are the candidates, and each further word only confirms them, by galloping search in its
// postings or, for a prefix of many words, by one pass over their postings.
import { type PostingIndex, RESOLUTION, seek } from './posting-index';

/** A query word as term ids: docs match it if they hold any of them (a prefix has several). */
export type Unit = readonly number[];

export interface Candidates {
  /** Ascending. */
  docs: Uint32Array;
  /** base[i] scores docs[i]. */
  base: Uint16Array;
}

const NONE: Candidates = { docs: new Uint32Array(0), base: new Uint16Array(0) };

export class CandidateFinder {
  // Scratch space reused by every query: allocating megabytes per query would wake the garbage
  // collector again and again. Doc-indexed arrays are reset after use.
  private readonly docs: Uint32Array;
  private readonly base: Uint16Array;
  /** Per candidate: the best score of the unit being merged (0: not in it). */
  private readonly unitGain: Uint8Array;
  /** Per doc: its best score in a union (0: absent). */
  private readonly best: Uint8Array;
  /** Per doc: 1 + its candidate index during a pass over a unit's postings (0: no candidate). */
  private readonly slot: Uint32Array;
  private readonly touched: Uint32Array;

  constructor(
    private readonly postings: PostingIndex,
    docCount: number,
  ) {
    this.docs = new Uint32Array(docCount);
    this.base = new Uint16Array(docCount);
    this.unitGain = new Uint8Array(docCount);
    this.best = new Uint8Array(docCount);
    this.slot = new Uint32Array(docCount);
    this.touched = new Uint32Array(docCount);
  }

  /** Docs in every unit, ascending, with their base scores: a view of scratch space, valid until the next call. */
  find(query: readonly Unit[]): Candidates {
    if (query.length === 0) return NONE;
    if (query.length * RESOLUTION > 0xffff) throw new Error(`${query.length} query words overflow the 16-bit scores`);
    const ordered = query.map((u) => ({ u, n: u.reduce((sum, t) => sum + this.postings.docFreq(t), 0) })).sort((a, b) => a.n - b.n);
    if ((ordered[0] as { n: number }).n === 0) return NONE;
    let n = this.start((ordered[0] as { u: Unit }).u);
    for (let k = 1; k < ordered.length && n > 0; k++) {
      const { u, n: size } = ordered[k] as { u: Unit; n: number };
      n = this.galloping(u, n) <= size + 2 * n ? this.confirmBySeeking(u, n) : this.confirmByPass(u, n);
    }
    return { docs: this.docs.subarray(0, n), base: this.base.subarray(0, n) };
  }

  /** Rough cost of confirming n candidates in each of the unit's postings by galloping search. */
  private galloping(unit: Unit, n: number): number {
    let cost = 0;
    for (const t of unit) cost += n * (2 + Math.log2(1 + this.postings.docFreq(t) / n));
    return cost;
  }

  /** The first unit's docs become the candidates. */
  private start(unit: Unit): number {
    const { starts, docs, gains } = this.postings;
    if (unit.length === 1) {
      const t = unit[0] as number;
      const from = starts[t] as number;
      const to = starts[t + 1] as number;
      this.docs.set(docs.subarray(from, to));
      this.base.set(gains.subarray(from, to));
      return to - from;
    }
    const { best, touched } = this;
    let count = 0;
    for (const t of unit) {
      for (let j = starts[t] as number, to = starts[t + 1] as number; j < to; j++) {
        const d = docs[j] as number;
        const g = gains[j] as number;
        const had = best[d] as number;
        if (had === 0) touched[count++] = d;
        if (g > had) best[d] = g;
      }
    }
    let n = 0;
    if (count * 8 > best.length) {
      // A front-to-back scan beats sorting this many docs.
      for (let d = 0; d < best.length; d++) {
        if (best[d] === 0) continue;
        this.docs[n] = d;
        this.base[n++] = best[d] as number;
        best[d] = 0;
      }
    } else {
      const list = touched.subarray(0, count).sort();
      for (let i = 0; i < count; i++) {
        const d = list[i] as number;
        this.docs[n] = d;
        this.base[n++] = best[d] as number;
        best[d] = 0;
      }
    }
    return n;
  }

  private confirmBySeeking(unit: Unit, n: number): number {
    const { starts, docs, gains } = this.postings;
    const cand = this.docs;
    const { unitGain } = this;
    for (const t of unit) {
      let j = starts[t] as number;
      const end = starts[t + 1] as number;
      for (let i = 0; i < n; i++) {
        const d = cand[i] as number;
        j = seek(docs, j, end, d);
        if (j === end) break;
        if (docs[j] === d && (gains[j] as number) > (unitGain[i] as number)) unitGain[i] = gains[j] as number;
      }
    }
    return this.keepConfirmed(n, false);
  }

  private confirmByPass(unit: Unit, n: number): number {
    const { starts, docs, gains } = this.postings;
    const { slot, unitGain } = this;
    for (let i = 0; i < n; i++) slot[this.docs[i] as number] = i + 1;
    for (const t of unit) {
      for (let j = starts[t] as number, to = starts[t + 1] as number; j < to; j++) {
        const i = slot[docs[j] as number] as number;
        if (i !== 0 && (gains[j] as number) > (unitGain[i - 1] as number)) unitGain[i - 1] = gains[j] as number;
      }
    }
    return this.keepConfirmed(n, true);
  }

  /** Keeps the candidates the unit confirmed, adding its score; resets the scratch space. */
  private keepConfirmed(n: number, clearSlots: boolean): number {
    const { docs, base, unitGain, slot } = this;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const d = docs[i] as number;
      if (clearSlots) slot[d] = 0;
      const g = unitGain[i] as number;
      if (g === 0) continue;
      unitGain[i] = 0;
      docs[kept] = d;
      base[kept++] = (base[i] as number) + g;
    }
    return kept;
  }
}
