// AND over FlexSearch postings, with a score per paragraph. FlexSearch files each (term, paragraph)
// under a "slot" by where the term first occurs (slot 0: the opening words); FlexSearch's own
// order is by slot, and the base score here keeps that signal: the sum over query words of
// (resolution - slot). Intersecting ourselves gives every match (FlexSearch stops at its limit),
// which the total, the caller's filter and phrase checks all need.

/** One term's postings: `slots[s]` lists the docs whose first occurrence of the term falls in slot s. */
export type Posting = readonly (readonly number[] | null | undefined)[];
/** A query word: docs match it if they are in any of its postings (a prefix has several). */
export type Unit = readonly Posting[];

export interface Candidates {
  docs: Uint32Array;
  /** base[i] scores docs[i]. */
  base: Uint16Array;
}

const NONE: Candidates = { docs: new Uint32Array(0), base: new Uint16Array(0) };

function docCount(unit: Unit): number {
  let n = 0;
  for (const p of unit) for (const ids of p) n += ids ? ids.length : 0;
  return n;
}

export class CandidateFinder {
  // Scratch space reused by every query; only docs of the rarest unit are ever touched.
  private readonly units: Uint16Array;
  private readonly acc: Uint16Array;
  private readonly gain: Uint8Array;

  constructor(
    docCount: number,
    private readonly resolution: number,
  ) {
    this.units = new Uint16Array(docCount);
    this.acc = new Uint16Array(docCount);
    this.gain = new Uint8Array(docCount);
  }

  find(query: readonly Unit[]): Candidates {
    if (query.length === 0 || query.length >= 0xffff) return NONE;
    // Rarest first: every later unit only confirms docs the first one found.
    const ordered = query.map((u) => ({ u, n: docCount(u) })).sort((a, b) => a.n - b.n);
    if ((ordered[0] as { n: number }).n === 0) return NONE;
    const touched: number[] = [];
    let alive = 0;
    ordered.forEach(({ u }, k) => {
      if (k > 0 && alive === 0) return;
      alive = 0;
      for (const posting of u) {
        for (let s = 0; s < posting.length; s++) {
          const ids = posting[s];
          if (!ids) continue;
          const g = Math.max(1, this.resolution - s);
          for (let i = 0; i < ids.length; i++) alive += this.visit(ids[i] as number, k, g, touched);
        }
      }
    });
    const done = ordered.length;
    let n = 0;
    for (const d of touched) if (this.units[d] === done) n++;
    const out: Candidates = { docs: new Uint32Array(n), base: new Uint16Array(n) };
    n = 0;
    for (const d of touched) {
      if (this.units[d] === done) {
        out.docs[n] = d;
        out.base[n++] = this.acc[d] as number;
      }
      this.units[d] = 0;
    }
    return out;
  }

  /** Counts doc `d` for unit number `k` with gain `g`; returns 1 when the doc newly reaches this unit. */
  private visit(d: number, k: number, g: number, touched: number[]): number {
    const seen = this.units[d] as number;
    if (seen === k) {
      if (k === 0) touched.push(d);
      this.units[d] = k + 1;
      this.acc[d] = (k === 0 ? 0 : (this.acc[d] as number)) + g;
      this.gain[d] = g;
      return 1;
    }
    if (seen === k + 1 && g > (this.gain[d] as number)) {
      // Another word of the same prefix sits earlier in the paragraph: keep the better slot.
      this.acc[d] = (this.acc[d] as number) + g - (this.gain[d] as number);
      this.gain[d] = g;
    }
    return 0;
  }
}
