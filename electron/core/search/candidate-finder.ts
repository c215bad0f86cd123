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
  // Scratch space reused by every query: allocating megabytes per query would wake the garbage
  // collector again and again. Only docs of the rarest unit are ever touched, and reset.
  private readonly units: Uint16Array;
  private readonly acc: Uint16Array;
  private readonly gain: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly outDocs: Uint32Array;
  private readonly outBase: Uint16Array;

  constructor(
    docCount: number,
    readonly resolution: number,
  ) {
    this.units = new Uint16Array(docCount);
    this.acc = new Uint16Array(docCount);
    this.gain = new Uint8Array(docCount);
    this.touched = new Uint32Array(docCount);
    this.outDocs = new Uint32Array(docCount);
    this.outBase = new Uint16Array(docCount);
  }

  /**
   * Docs in every unit, with their base scores. `inDocOrder` sorts them by doc, so that a pass
   * reading each doc's tokens walks the token store front to back. The result is a view of
   * scratch space: valid until the next call.
   */
  find(query: readonly Unit[], inDocOrder = false): Candidates {
    if (query.length === 0) return NONE;
    if (query.length * this.resolution > 0xffff) throw new Error(`${query.length} query words overflow the 16-bit scores`);
    // Rarest first: every later unit only confirms docs the first one found.
    const ordered = query.map((u) => ({ u, n: docCount(u) })).sort((a, b) => a.n - b.n);
    const first = ordered[0] as { u: Unit; n: number };
    if (first.n === 0) return NONE;
    const { units, acc, gain, touched, resolution } = this;
    // Plain loops over locals: this runs over every posting of every query word.
    let touchedCount = 0;
    for (const posting of first.u) {
      for (let s = 0; s < posting.length; s++) {
        const ids = posting[s];
        if (!ids) continue;
        const g = resolution - s > 1 ? resolution - s : 1;
        for (let i = 0; i < ids.length; i++) {
          const d = ids[i] as number;
          if (units[d] === 0) {
            units[d] = 1;
            acc[d] = g;
            gain[d] = g;
            touched[touchedCount++] = d;
          } else if (g > (gain[d] as number)) {
            // Another word of the same prefix sits earlier in the paragraph: keep the better slot.
            acc[d] = g;
            gain[d] = g;
          }
        }
      }
    }
    for (let k = 1; k < ordered.length; k++) {
      let alive = 0;
      for (const posting of (ordered[k] as { u: Unit }).u) {
        for (let s = 0; s < posting.length; s++) {
          const ids = posting[s];
          if (!ids) continue;
          const g = resolution - s > 1 ? resolution - s : 1;
          for (let i = 0; i < ids.length; i++) {
            const d = ids[i] as number;
            const seen = units[d] as number;
            if (seen === k) {
              units[d] = k + 1;
              acc[d] = (acc[d] as number) + g;
              gain[d] = g;
              alive++;
            } else if (seen === k + 1 && g > (gain[d] as number)) {
              acc[d] = (acc[d] as number) + g - (gain[d] as number);
              gain[d] = g;
            }
          }
        }
      }
      if (alive === 0) break;
    }
    const done = ordered.length;
    const { outDocs, outBase } = this;
    let n = 0;
    if (inDocOrder && touchedCount * 8 > units.length) {
      // A front-to-back scan beats sorting this many docs.
      for (let d = 0; d < units.length; d++) {
        if (units[d] === 0) continue;
        if (units[d] === done) {
          outDocs[n] = d;
          outBase[n++] = acc[d] as number;
        }
        units[d] = 0;
      }
    } else {
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i] as number;
        if (units[d] === done) {
          outDocs[n] = d;
          outBase[n++] = acc[d] as number;
        }
        units[d] = 0;
      }
    }
    if (inDocOrder && n > 1 && touchedCount * 8 <= units.length) {
      // Sort (doc, base) pairs by doc: pack them so one typed-array sort does it.
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) packed[i] = (outDocs[i] as number) * 65536 + (outBase[i] as number);
      packed.sort();
      for (let i = 0; i < n; i++) {
        const p = packed[i] as number;
        outDocs[i] = Math.floor(p / 65536);
        outBase[i] = p % 65536;
      }
    }
    const out: Candidates = { docs: this.outDocs.subarray(0, n), base: this.outBase.subarray(0, n) };
    return out;
  }
}
