// What the notebook's thread and the corroboration worker say to each other.
import type { ErrorCode } from '../../shared/result';
import type { BuildOptions } from './build-links';
import type { Discrepancy } from './corroboration-types';
import type { LinkState } from './link-table';
import type { LoadedLinks, LoadStep } from './load-link-state';

/** Marks workerData, so the worker module does nothing when imported anywhere else. */
export const WORKER_KIND = 'dossier-corroboration';

export interface WorkerRequest {
  kind: typeof WORKER_KIND;
  corpusDir: string;
  /** The fingerprint of the corpus the notebook's thread loaded: the worker's must be the same. */
  fingerprint: string;
  cacheDir: string | null;
  build?: BuildOptions;
}

/** A claim id and its discrepancies. */
export type DiscrepancyAnswer = [claimId: string, discrepancies: Discrepancy[]];

/**
 * What the worker says. After 'done' it stays alive and answers discrepancy requests: 'found'
 * answers one 'find' (same id); 'checked' carries answers of the background check of every claim,
 * and `complete` marks its last one.
 */
export type WorkerMessage =
  | { type: 'step'; step: LoadStep }
  | { type: 'done'; loaded: LoadedLinks }
  | { type: 'error'; code: ErrorCode; message: string }
  | { type: 'found'; id: number; answers: DiscrepancyAnswer[] }
  | { type: 'find-error'; id: number; code: ErrorCode; message: string }
  | { type: 'checked'; answers: DiscrepancyAnswer[]; complete: boolean };

/** What the notebook's thread asks once the links are here. */
export type WorkerQuery = { type: 'find'; id: number; claimIds: string[] } | { type: 'check-all' };

type Arrays = Int32Array | Float32Array | Uint8Array;

/** Owns its whole buffer, so the buffer can move to another thread without taking anything else along. */
const owned = <T extends Arrays>(a: T, seen: Set<ArrayBufferLike>): T => {
  const whole = a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer && !seen.has(a.buffer);
  const out = whole ? a : (a.slice() as T);
  seen.add(out.buffer);
  return out;
};

/**
 * The state with every typed array owning its buffer (copying the few that share one), and
 * those buffers: the transfer list for postMessage, so the arrays move instead of being copied.
 */
export function transferableState(state: LinkState): { state: LinkState; buffers: ArrayBuffer[] } {
  const seen = new Set<ArrayBufferLike>();
  const own = <T extends Arrays>(a: T): T => owned(a, seen);
  const t = state.table;
  const out: LinkState = {
    ...state,
    table: { ...t, paragraphN: own(t.paragraphN), unitStart: own(t.unitStart), bandKeys: own(t.bandKeys), termStart: own(t.termStart), terms: own(t.terms) },
    links: { a: own(state.links.a), b: own(state.links.b), score: own(state.links.score), kind: own(state.links.kind) },
    claimOf: own(state.claimOf),
    hashStop: own(state.hashStop),
  };
  return { state: out, buffers: [...seen] as ArrayBuffer[] };
}
