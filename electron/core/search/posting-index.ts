// The inverted index: per term, the docs that hold it (ascending) and a score for where it first
// occurs in each. Flat typed arrays, built in one counting pass over the token store and persisted
// as they are. Positions are not stored: a phrase is checked in the token store around its rarest
// word (see PhraseMatcher), which at paragraph length costs no more than positional postings did
// and saves two arrays as large as the rest of the index.
//
// The first-occurrence score keeps FlexSearch's (which this index replaced): a paragraph's length
// is cut into RESOLUTION slots and a term earns RESOLUTION - slot for its first occurrence (at
// least 1), so a word near the start of a paragraph counts more. Same slots, same rankings.
import { type Section, section, uint32Section } from './index-file';
import type { TokenStore } from './token-store';

export const RESOLUTION = 9;

/** Docs between two returns to the event loop while building. */
const BUILD_SLICE = 16_384;

/** The score of a term whose first occurrence is token `i` of a paragraph of `length` tokens. */
export function firstOccurrenceGain(i: number, length: number): number {
  // FlexSearch's get_score: slot 0 is the first word; short paragraphs get one slot per word.
  const slot = i === 0 ? 0 : length <= RESOLUTION ? i : (((RESOLUTION - 1) / length) * i + 1) | 0;
  const gain = RESOLUTION - slot;
  return gain > 1 ? gain : 1;
}

/** First index k in [from, end) with a[k] >= value, or end: exponential then binary search. */
export function seek(a: Uint32Array, from: number, end: number, value: number): number {
  if (from >= end || (a[from] as number) >= value) return from;
  let lo = from;
  let step = 1;
  while (lo + step < end && (a[lo + step] as number) < value) {
    lo += step;
    step <<= 1;
  }
  let hi = Math.min(lo + step, end);
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PostingIndex {
  constructor(
    /** Term t's postings are starts[t]..starts[t + 1]. */
    readonly starts: Uint32Array,
    /** The doc of each posting, ascending within a term. */
    readonly docs: Uint32Array,
    /** The first-occurrence score of each posting (1..RESOLUTION). */
    readonly gains: Uint8Array,
  ) {}

  get termCount(): number {
    return this.starts.length - 1;
  }

  docFreq(term: number): number {
    return (this.starts[term + 1] as number) - (this.starts[term] as number);
  }

  /** Paragraph counts of every term. */
  docFreqs(): Uint32Array {
    const out = new Uint32Array(this.termCount);
    for (let t = 0; t < out.length; t++) out[t] = this.docFreq(t);
    return out;
  }

  sections(): [string, Section][] {
    return [
      ['PSTA', this.starts],
      ['PDOC', this.docs],
      ['PGAI', this.gains],
    ];
  }

  /** Inverts the token store: two passes over its ids, no per-term arrays. */
  static async build(tokens: TokenStore, termCount: number, pause: () => Promise<void>): Promise<PostingIndex> {
    const { offsets, ids } = tokens;
    const docCount = tokens.docCount;
    const df = new Uint32Array(termCount);
    const last = new Int32Array(termCount).fill(-1);
    for (let d = 0; d < docCount; d++) {
      for (let k = offsets[d] as number, to = offsets[d + 1] as number; k < to; k++) {
        const t = ids[k] as number;
        if (last[t] !== d) {
          last[t] = d;
          df[t] = (df[t] as number) + 1;
        }
      }
      if ((d & (BUILD_SLICE - 1)) === BUILD_SLICE - 1) await pause();
    }
    const starts = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) starts[t + 1] = (starts[t] as number) + (df[t] as number);
    const postingCount = starts[termCount] as number;
    const cursor = starts.slice(0, termCount);
    const docs = new Uint32Array(postingCount);
    const gains = new Uint8Array(postingCount);
    last.fill(-1);
    for (let d = 0; d < docCount; d++) {
      const from = offsets[d] as number;
      const length = (offsets[d + 1] as number) - from;
      for (let i = 0; i < length; i++) {
        const t = ids[from + i] as number;
        if (last[t] === d) continue;
        last[t] = d;
        const j = cursor[t] as number;
        cursor[t] = j + 1;
        docs[j] = d;
        gains[j] = firstOccurrenceGain(i, length);
      }
      if ((d & (BUILD_SLICE - 1)) === BUILD_SLICE - 1) await pause();
    }
    return new PostingIndex(starts, docs, gains);
  }

  /**
   * Throws on anything malformed, so a damaged cache is rebuilt rather than trusted: the file's
   * checksum catches damage, these checks a file that does not fit the rest of the index.
   */
  static fromSections(sections: Map<string, Section>, docCount: number, termCount: number): PostingIndex {
    const starts = uint32Section(sections, 'PSTA');
    const docs = uint32Section(sections, 'PDOC');
    const gains = section(sections, 'PGAI', [1]) as Uint8Array;
    const p = docs.length;
    if (starts.length !== termCount + 1 || starts[0] !== 0 || starts[termCount] !== p) throw new Error('postings do not cover the terms');
    if (gains.length !== p) throw new Error('postings sections have different sizes');
    if (!strictlyIncreasing(starts)) throw new Error('a term has no postings');
    for (let i = 0; i < p; i++) if ((gains[i] as number) < 1 || (gains[i] as number) > RESOLUTION) throw new Error(`posting ${i} has a bad score`);
    for (let t = 0; t < termCount; t++) {
      let prev = -1;
      for (let j = starts[t] as number, to = starts[t + 1] as number; j < to; j++) {
        const d = docs[j] as number;
        if (d <= prev || d >= docCount) throw new Error(`postings of term ${t} are out of order or name paragraph ${d} of ${docCount}`);
        prev = d;
      }
    }
    return new PostingIndex(starts, docs, gains);
  }
}

function strictlyIncreasing(a: Uint32Array): boolean {
  for (let i = 1; i < a.length; i++) if ((a[i] as number) <= (a[i - 1] as number)) return false;
  return true;
}
