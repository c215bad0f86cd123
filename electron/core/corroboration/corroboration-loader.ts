// The notebook's corroboration: built or loaded from its cache in a worker on first use, so the
// thread that answers every other call never waits minutes for it. The queries then run here,
// synchronously, over the links the worker handed over; discrepancies are asked of the worker,
// which stays alive for them until the notebook closes.
import type { Worker } from 'node:worker_threads';
import { NotebookError } from '../../shared/result';
import type { CorroborationState } from '../../shared/types';
import type { Corpus } from '../corpus/corpus';
import type { BuildOptions } from './build-links';
import { runCorroborationWorker, type WorkerRun } from './corroboration-worker-client';
import { corroborationOver, type Corroboration } from './create-corroboration';
import type { CorroborationStatus, LoadStep } from './load-link-state';

export interface CorroborationLoaderOptions {
  /** The corpus this thread loaded: the queries read its texts, and the worker's must match it. */
  corpus: Corpus;
  /** Where the worker reads the same corpus from. */
  corpusDir: string;
  cacheDir: string | null;
  build?: BuildOptions;
  /** Called as each step starts, and once per successful load (logs, the benchmark). */
  onStep?: (step: LoadStep) => void;
  onLoaded?: (status: CorroborationStatus) => void;
  /** Hears each worker as it starts (tests stop one from outside, as a crash would). */
  onWorker?: (worker: Worker) => void;
}

export interface CorroborationLoader {
  /** Starts the worker on the first call (and after a failure); resolves once the links are here. */
  get(): Promise<Corroboration>;
  /** Where it stands, without starting anything. */
  state(): CorroborationState;
  /** Stops the worker (loading or answering); get() is refused from then on. */
  close(): Promise<void>;
}

export function createCorroborationLoader(options: CorroborationLoaderOptions): CorroborationLoader {
  let ready: Promise<Corroboration> | null = null;
  let run: WorkerRun | null = null;
  let step: LoadStep | null = null;
  let started = 0;
  let done = false;
  let failure: string | null = null;
  let closed = false;

  const start = async (): Promise<Corroboration> => {
    step = null;
    failure = null;
    started = performance.now();
    run = runCorroborationWorker(
      { corpusDir: options.corpusDir, fingerprint: options.corpus.fingerprint, cacheDir: options.cacheDir, build: options.build },
      (s) => {
        step = s;
        options.onStep?.(s);
      },
      options.onWorker,
    );
    const mine = run;
    try {
      const loaded = await mine.done;
      const c = corroborationOver(options.corpus, loaded, mine.discrepancies);
      done = true;
      // A worker lost later (a crash): its calls reject, and the next get() starts a new one.
      mine.onLost((e) => {
        if (run !== mine) return;
        run = null;
        ready = null;
        done = false;
        failure = e.message;
      });
      options.onLoaded?.(loaded.status);
      return c;
    } catch (e) {
      if (run === mine) run = null;
      throw e;
    }
  };

  return {
    get() {
      if (closed) return Promise.reject(new NotebookError('INTERNAL', 'The notebook is closed.'));
      ready ??= start().catch((e: unknown) => {
        ready = null; // a later call tries again (e.g. after the cache dir became writable)
        failure = e instanceof Error ? e.message : String(e);
        throw e;
      });
      return ready;
    },
    state() {
      if (done) return { state: 'ready', step: null, elapsedMs: 0, error: null };
      if (ready) return { state: 'building', step: step ?? 'corpus', elapsedMs: Math.round(performance.now() - started), error: null };
      if (failure !== null) return { state: 'failed', step: null, elapsedMs: 0, error: failure };
      return { state: 'idle', step: null, elapsedMs: 0, error: null };
    },
    async close() {
      closed = true;
      await run?.terminate();
    },
  };
}
