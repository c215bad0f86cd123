// The corroboration worker: reads the corpus itself, loads or builds the links (the minutes-long
// part at 10,000 articles), posts them back with their arrays transferred, then stays to find
// discrepancies (~45 ms a claim) on request, so the notebook's thread never computes them.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { isNotebookError, NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import { loadCorpus } from '../corpus/load-corpus';
import { transferableState, WORKER_KIND, type DiscrepancyAnswer, type WorkerMessage, type WorkerQuery, type WorkerRequest } from './corroboration-worker-protocol';
import { discrepancyFileFor, discrepancySaver, readDiscrepancyCache } from './discrepancy-cache';
import { createDiscrepancyChecker, textOfCorpus, type DiscrepancyChecker } from './discrepancy-checker';
import { loadLinkState, type LoadedLinks } from './load-link-state';
import { removeStaleTemps } from '../store/write-file-durably';

/**
 * The worker's one way to read the corpus: keep it in step with how the notebook loads it. The
 * notebook has just written the corpus cache (in the same cacheDir), so this reads it, and never
 * writes it: the notebook's thread owns that file.
 */
export function loadWorkerCorpus(corpusDir: string, cacheDir: string | null): Promise<Corpus> {
  return loadCorpus(corpusDir, cacheDir === null ? {} : { cacheDir, updateCache: false });
}

const failureOf = (e: unknown) => ({ code: isNotebookError(e) ? e.code : ('INTERNAL' as const), message: e instanceof Error ? e.message : String(e) });

/** Answers the notebook's discrepancy queries over the claims the worker loaded. */
export function answerQueries(checker: DiscrepancyChecker, port: Pick<MessagePort, 'postMessage' | 'on'>): void {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  let checking = false;
  port.on('message', (q: WorkerQuery) => {
    if (q.type === 'find') {
      try {
        post({ type: 'found', id: q.id, answers: checker.find(q.claimIds) });
      } catch (e) {
        post({ type: 'find-error', id: q.id, ...failureOf(e) });
      }
    } else if (!checking) {
      checking = true;
      checker
        .checkAll((answers, complete) => post({ type: 'checked', answers, complete }))
        .catch((e: unknown) => post({ type: 'error', ...failureOf(e) }))
        .finally(() => {
          checking = false;
        });
    }
  });
}

/** The worker's checker, starting from the discrepancies saved by earlier runs and saving its own. */
async function discrepancyChecker(corpus: Corpus, loaded: LoadedLinks, cacheDir: string | null): Promise<DiscrepancyChecker & { known: DiscrepancyAnswer[] }> {
  const textOf = textOfCorpus(corpus);
  if (cacheDir === null) return { ...createDiscrepancyChecker(loaded.claims, textOf), known: [] };
  const file = discrepancyFileFor(cacheDir, corpus);
  await removeStaleTemps(file); // a worker stopped while it saved
  const read = await readDiscrepancyCache(file, loaded.claims, corpus);
  if (read.problem) loaded.status.cacheProblem ??= read.problem;
  // Saves happen after 'done', when the status has gone: a failure to save goes to the log.
  const saver = discrepancySaver(file, loaded.claims, corpus, read.answers, (problem) => console.error(`Corroboration: ${problem}`));
  return { ...createDiscrepancyChecker(loaded.claims, textOf, read.answers, saver), known: read.answers };
}

export async function runWorker(request: WorkerRequest, port: Pick<MessagePort, 'postMessage' | 'on'>): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  try {
    post({ type: 'step', step: 'corpus' });
    const corpus = await loadWorkerCorpus(request.corpusDir, request.cacheDir);
    if (corpus.fingerprint !== request.fingerprint) {
      throw new NotebookError(
        'CORPUS',
        `The corpus at ${request.corpusDir} changed after the notebook opened it (fingerprint ${corpus.fingerprint.slice(0, 12)}, ` +
          `the notebook has ${request.fingerprint.slice(0, 12)}); reopen the notebook to find the links of the new corpus.`,
      );
    }
    const loaded = await loadLinkState({ corpus, cacheDir: request.cacheDir, build: request.build, onStep: (step) => post({ type: 'step', step }) });
    const { state, buffers } = transferableState(loaded.state);
    const checker = await discrepancyChecker(corpus, loaded, request.cacheDir);
    post({ type: 'done', loaded: { ...loaded, state, known: checker.known } }, buffers);
    answerQueries(checker, port);
  } catch (e) {
    post({ type: 'error', ...failureOf(e) });
  }
}

const request = workerData as Partial<WorkerRequest> | null;
if (!isMainThread && parentPort && request?.kind === WORKER_KIND) void runWorker(request as WorkerRequest, parentPort);
