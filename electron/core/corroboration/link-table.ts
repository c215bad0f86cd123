import type { LinkKind } from './link-scorer';
import type { SignatureTable } from './signature-table';

export const LINK_KINDS: readonly LinkKind[] = ['quote', 'paraphrase'];

/**
 * Links between rows of a SignatureTable, a < b, sorted by (a, b). Scores are float32 (rounded
 * to 4 decimals before storing, see link-scorer.ts), kinds index LINK_KINDS.
 */
export interface LinkTable {
  a: Int32Array;
  b: Int32Array;
  score: Float32Array;
  kind: Uint8Array;
}

/** Everything the cache holds and the builder updates. */
export interface LinkState {
  /** Identifies the tokenizer, MinHash and scoring rules; a cache made with others is rebuilt. */
  paramsKey: string;
  fingerprint: string;
  table: SignatureTable;
  links: LinkTable;
  /** Per row: the row that represents its claim (see cluster-links.ts), or -1. */
  claimOf: Int32Array;
  /** Terms left out of signatures (hash-stop-terms.ts): fixed at a full build, reused by updates. */
  hashStop: Int32Array;
}

export interface LinkRecord {
  a: number;
  b: number;
  score: number;
  kind: number;
}

export function linkTable(records: LinkRecord[]): LinkTable {
  records.sort((x, y) => x.a - y.a || x.b - y.b);
  const out: LinkTable = {
    a: new Int32Array(records.length),
    b: new Int32Array(records.length),
    score: new Float32Array(records.length),
    kind: new Uint8Array(records.length),
  };
  records.forEach((r, i) => {
    out.a[i] = r.a;
    out.b[i] = r.b;
    out.score[i] = r.score;
    out.kind[i] = r.kind;
  });
  return out;
}
