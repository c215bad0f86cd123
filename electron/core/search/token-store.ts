// Every paragraph as its sequence of term ids (4 bytes a word): the forward index. Phrase checks
// and proximity ranking read it instead of the paragraph text: far cheaper than folding text on
// every query, and the index needs nobody's copy of the corpus.
// Persisted as one binary blob that loads without parsing.
import { uint32Words } from './checked-file';

const MAGIC = 0x54534b31; // "TSK1"; read back in another byte order it does not match.

export class TokenStore {
  constructor(
    /** offsets[d]..offsets[d + 1] is doc d's slice of ids. */
    private readonly offsets: Uint32Array,
    private readonly ids: Uint32Array,
  ) {}

  get docCount(): number {
    return this.offsets.length - 1;
  }

  tokens(doc: number): Uint32Array {
    return this.ids.subarray(this.offsets[doc] as number, this.offsets[doc + 1] as number);
  }

  /** True when doc `doc` holds the term ids `seq` as consecutive tokens. */
  containsSequence(doc: number, seq: readonly number[]): boolean {
    // Runs on every candidate of a phrase query: index arithmetic, no subarray per doc.
    const { ids } = this;
    const first = seq[0];
    if (first === undefined) return true;
    const last = (this.offsets[doc + 1] as number) - seq.length;
    for (let i = this.offsets[doc] as number; i <= last; i++) {
      if (ids[i] !== first) continue;
      let k = 1;
      while (k < seq.length && ids[i + k] === seq[k]) k++;
      if (k === seq.length) return true;
    }
    return false;
  }

  /** Layout: magic, doc count, token count, offsets, ids; all uint32 in the host's byte order. */
  toBuffer(): Buffer {
    const out = new Uint32Array(3 + this.offsets.length + this.ids.length);
    out[0] = MAGIC;
    out[1] = this.docCount;
    out[2] = this.ids.length;
    out.set(this.offsets, 3);
    out.set(this.ids, 3 + this.offsets.length);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }

  /** Throws on anything malformed, so a damaged cache is rebuilt rather than trusted. */
  static fromBuffer(buf: Buffer, docCount: number, vocabularySize: number): TokenStore {
    const all = uint32Words(buf);
    if (all.length < 3 || all[0] !== MAGIC) throw new Error('token store has a bad header');
    const tokenCount = all[2] as number;
    if (all[1] !== docCount || all.length !== 3 + docCount + 1 + tokenCount) throw new Error('token store has the wrong size');
    const offsets = all.subarray(3, 3 + docCount + 1);
    const ids = all.subarray(3 + docCount + 1);
    if (offsets[0] !== 0 || offsets[docCount] !== tokenCount) throw new Error('token store offsets do not cover the tokens');
    for (let d = 0; d < docCount; d++) if ((offsets[d] as number) > (offsets[d + 1] as number)) throw new Error('token store offsets go backwards');
    for (let i = 0; i < ids.length; i++) if ((ids[i] as number) >= vocabularySize) throw new Error('token store refers to an unknown term');
    return new TokenStore(offsets, ids);
  }
}

export class TokenStoreBuilder {
  private offsets: Uint32Array = new Uint32Array(1024);
  private ids: Uint32Array = new Uint32Array(1 << 16);
  private docs = 0;
  private size = 0;

  /** Appends the next doc's term ids. */
  add(termIds: readonly number[]): void {
    if (this.docs + 2 > this.offsets.length) this.offsets = grow(this.offsets, this.docs + 2);
    if (this.size + termIds.length > this.ids.length) this.ids = grow(this.ids, this.size + termIds.length);
    for (const id of termIds) this.ids[this.size++] = id;
    this.offsets[++this.docs] = this.size;
  }

  /** The store, with every id replaced by `remap[id]`. */
  finish(remap: Uint32Array): TokenStore {
    const ids = this.ids.slice(0, this.size);
    for (let i = 0; i < ids.length; i++) ids[i] = remap[ids[i] as number] as number;
    return new TokenStore(this.offsets.slice(0, this.docs + 1), ids);
  }
}

function grow(a: Uint32Array, need: number): Uint32Array {
  const out = new Uint32Array(Math.max(need, a.length * 2));
  out.set(a);
  return out;
}
