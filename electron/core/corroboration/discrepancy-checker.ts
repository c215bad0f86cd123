// Finding the discrepancies of claims (~45 ms a claim, most of it compromise), memoised. The
// corroboration worker runs one over its own corpus; createCorroboration runs one in its thread.
// Both sides of the notebook's corroboration see it as a DiscrepancySource.
import { NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import type { Claim, Discrepancy } from './corroboration-types';
import { findDiscrepancies } from './find-discrepancies';
import type { DiscrepancyAnswer } from './corroboration-worker-protocol';
import type { DiscrepancySaver } from './discrepancy-cache';

/** Where the queries get discrepancies from: this thread, or the corroboration worker. */
export interface DiscrepancySource {
  /** The discrepancies of these claims (known claim ids only). */
  find(claimIds: readonly string[]): Promise<Map<string, Discrepancy[]>>;
  /** Checks every claim, in claim order, calling `onChecked` as answers come; resolves once all are checked. */
  checkAll(onChecked: (answers: readonly DiscrepancyAnswer[]) => void): Promise<void>;
}

export interface DiscrepancyChecker {
  /** Synchronous: computes what is not memoised yet. Throws NOT_FOUND for an unknown claim id. */
  find(claimIds: readonly string[]): DiscrepancyAnswer[];
  /**
   * Checks every claim not checked yet, in claim order, one claim per turn of the event loop (so
   * messages and calls get in between), handing answers out in batches. Stops when `stopped()`.
   */
  checkAll(onBatch: (answers: DiscrepancyAnswer[], complete: boolean) => void, stopped?: () => boolean): Promise<void>;
}

const BATCH_CLAIMS = 50;
const BATCH_MS = 250;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function textOfCorpus(corpus: Corpus): (paragraphId: string) => string {
  return (paragraphId) => {
    const p = corpus.getParagraph(paragraphId);
    if (!p) throw new NotebookError('NOT_FOUND', `No paragraph "${paragraphId}" in the corpus at ${corpus.dir}.`);
    return p.text;
  };
}

/** `known`: answers read back from the cache; `saver` keeps the new ones. */
export function createDiscrepancyChecker(
  claims: readonly Claim[],
  textOf: (paragraphId: string) => string,
  known: readonly DiscrepancyAnswer[] = [],
  saver?: DiscrepancySaver,
): DiscrepancyChecker {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const found = new Map<string, Discrepancy[]>(known);
  const one = (claimId: string): Discrepancy[] => {
    let list = found.get(claimId);
    if (!list) {
      const claim = byId.get(claimId);
      if (!claim) throw new NotebookError('NOT_FOUND', `No claim "${claimId}": claim ids change when the corpus does; list them again with claims().`);
      list = findDiscrepancies(claim, textOf);
      found.set(claimId, list);
      saver?.add([[claimId, list]]);
    }
    return list;
  };
  return {
    find: (claimIds) => claimIds.map((id): DiscrepancyAnswer => [id, one(id)]),
    async checkAll(onBatch, stopped = () => false) {
      let batch: DiscrepancyAnswer[] = [];
      let since = performance.now();
      for (const claim of claims) {
        if (stopped()) return;
        if (!found.has(claim.id)) {
          await nextTurn();
          if (stopped()) return;
        }
        batch.push([claim.id, one(claim.id)]);
        if (batch.length >= BATCH_CLAIMS || performance.now() - since >= BATCH_MS) {
          onBatch(batch, false);
          batch = [];
          since = performance.now();
        }
      }
      await saver?.flush();
      onBatch(batch, true);
    },
  };
}

/** A DiscrepancySource computing in this thread (createCorroboration, tests, the in-thread baseline). */
export function discrepanciesInThread(claims: readonly Claim[], textOf: (paragraphId: string) => string): DiscrepancySource {
  const checker = createDiscrepancyChecker(claims, textOf);
  return {
    find: async (claimIds) => new Map(checker.find(claimIds)),
    checkAll: (onChecked) => checker.checkAll((answers) => onChecked(answers)),
  };
}
