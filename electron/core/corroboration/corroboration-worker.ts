// The corroboration worker: reads the corpus itself, loads or builds the links (the minutes-long
// part at 10,000 articles), posts them back with their arrays transferred, and ends.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { isNotebookError, NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import { loadCorpus } from '../corpus/load-corpus';
import { transferableState, WORKER_KIND, type WorkerMessage, type WorkerRequest } from './corroboration-worker-protocol';
import { loadLinkState } from './load-link-state';

/**
 * The worker's one way to read the corpus: keep it in step with how the notebook loads it. The
 * notebook has just written the corpus cache (in the same cacheDir), so this reads it, and never
 * writes it: the notebook's thread owns that file.
 */
export function loadWorkerCorpus(corpusDir: string, cacheDir: string | null): Promise<Corpus> {
  return loadCorpus(corpusDir, cacheDir === null ? {} : { cacheDir, updateCache: false });
}

export async function runWorker(request: WorkerRequest, port: Pick<MessagePort, 'postMessage'>): Promise<void> {
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
    post({ type: 'done', loaded: { ...loaded, state } }, buffers);
  } catch (e) {
    const code = isNotebookError(e) ? e.code : 'INTERNAL';
    post({ type: 'error', code, message: e instanceof Error ? e.message : String(e) });
  }
}

const request = workerData as Partial<WorkerRequest> | null;
if (!isMainThread && parentPort && request?.kind === WORKER_KIND) void runWorker(request as WorkerRequest, parentPort);
