// Starts the corroboration worker and turns what it says into a promise. The worker's file is the
// bundle beside this one when bundled (dist/main/*.cjs, dist/cli/*.mjs), or the TypeScript source
// run through tsx when running from the source tree (tests, the CLI through tsx, the e2e bridge).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NotebookError } from '../../shared/result';
import type { Discrepancy } from './corroboration-types';
import { WORKER_KIND, type DiscrepancyAnswer, type WorkerMessage, type WorkerQuery, type WorkerRequest } from './corroboration-worker-protocol';
import type { DiscrepancySource } from './discrepancy-checker';
import type { LoadedLinks, LoadStep } from './load-link-state';

export const WORKER_BASENAME = 'corroboration-worker';
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.tsx']);
const TERMINATE_WAIT_MS = 10_000;

export interface WorkerRun {
  done: Promise<LoadedLinks>;
  /** Asks the worker, once `done` resolved; every call rejects once the worker is gone. */
  discrepancies: DiscrepancySource;
  /** Stops the worker; `done` and any pending request then reject. */
  terminate(): Promise<void>;
  /** Called once if the worker stops after `done` resolved (a crash, not terminate()). */
  onLost(listener: (e: NotebookError) => void): void;
}

interface Pending {
  resolve(answers: Map<string, Discrepancy[]>): void;
  reject(e: NotebookError): void;
}

interface CheckAll {
  onChecked: (answers: readonly DiscrepancyAnswer[]) => void;
  resolve(): void;
  reject(e: NotebookError): void;
}

/** This module's file: the bundle itself when bundled (esbuild leaves import.meta empty in CJS). */
function thisFile(): string {
  const url = import.meta.url as string | undefined;
  if (url) return fileURLToPath(url);
  if (typeof __filename === 'string') return __filename;
  throw new NotebookError('INTERNAL', 'Cannot tell where the corroboration worker is: this module has no file name.');
}

/** tsx's ESM register() (tsx/esm/api, import condition), resolved from the package's own exports. */
function tsxRegisterUrl(fromDir: string): string {
  const require = createRequire(path.join(fromDir, 'noop.js'));
  let pkgFile: string;
  try {
    pkgFile = require.resolve('tsx/package.json');
  } catch {
    throw new NotebookError('INTERNAL', 'Running corroboration from the TypeScript sources needs tsx (a dev dependency); run `npm install`, or run the built bundle.');
  }
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, { import?: { default?: string } } | string> };
  const api = pkg.exports?.['./esm/api'];
  const entry = typeof api === 'object' ? api.import?.default : undefined;
  if (!entry) throw new NotebookError('INTERNAL', `${pkgFile} has no ./esm/api export: this tsx cannot run the corroboration worker.`);
  return pathToFileURL(path.join(path.dirname(pkgFile), entry)).href;
}

function startWorker(request: WorkerRequest): Worker {
  const file = thisFile();
  const ext = path.extname(file);
  const dir = path.dirname(file);
  if (SOURCE_EXTENSIONS.has(ext)) {
    // Node 20 runs no --import hooks in workers: the worker registers tsx itself, then loads the source.
    const source = pathToFileURL(path.join(dir, `${WORKER_BASENAME}.ts`)).href;
    const boot = `import(${JSON.stringify(tsxRegisterUrl(dir))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
    return new Worker(boot, { eval: true, workerData: request, execArgv: [] });
  }
  const bundled = path.join(dir, `${WORKER_BASENAME}${ext}`);
  if (!existsSync(bundled)) {
    throw new NotebookError('INTERNAL', `The corroboration worker ${bundled} is missing beside ${path.basename(file)}: the build is incomplete (npm run build).`);
  }
  return new Worker(bundled, { workerData: request });
}

/**
 * Runs one load in a new worker; `onStep` hears each step as it starts. The worker then stays,
 * unreferenced while idle (it keeps no process alive), to answer discrepancy requests.
 */
export function runCorroborationWorker(
  request: Omit<WorkerRequest, 'kind'>,
  onStep: (step: LoadStep) => void,
  onWorker?: (worker: Worker) => void,
): WorkerRun {
  const worker = startWorker({ ...request, kind: WORKER_KIND });
  onWorker?.(worker);
  let settled = false;
  let terminated = false;
  let gone: NotebookError | null = null;
  let lost: ((e: NotebookError) => void) | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  let checkAll: CheckAll | null = null;
  let checkAllDone: Promise<void> | null = null;
  /** Referenced only while a request waits, so an idle worker never keeps the process alive. */
  const busy = (): void => {
    if (pending.size > 0 || checkAll) worker.ref();
    else worker.unref();
  };
  const ask = (q: WorkerQuery): void => {
    worker.postMessage(q);
    busy();
  };

  let resolveDone: (loaded: LoadedLinks) => void = () => undefined;
  let rejectDone: (e: NotebookError) => void = () => undefined;
  const done = new Promise<LoadedLinks>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const fail = (e: NotebookError): void => {
    if (settled) return;
    settled = true;
    rejectDone(e);
  };
  const end = (e: NotebookError): void => {
    const wasReady = settled;
    fail(e);
    if (gone) return;
    gone = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    checkAll?.reject(e);
    checkAll = null;
    if (wasReady && !terminated) lost?.(e);
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'step') {
      if (!settled) onStep(m.step);
    } else if (m.type === 'done') {
      if (settled) return;
      settled = true;
      busy();
      resolveDone(m.loaded);
    } else if (m.type === 'error') {
      if (!settled) fail(new NotebookError(m.code, `Finding the links between sources failed: ${m.message}`));
      else {
        checkAll?.reject(new NotebookError(m.code, `Finding the discrepancies of the claims failed: ${m.message}`));
        checkAll = null;
        busy();
      }
    } else if (m.type === 'found' || m.type === 'find-error') {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'found') p?.resolve(new Map(m.answers));
      else p?.reject(new NotebookError(m.code, m.code === 'NOT_FOUND' ? m.message : `Finding discrepancies failed: ${m.message}`));
      busy();
    } else {
      checkAll?.onChecked(m.answers);
      if (m.complete) {
        checkAll?.resolve();
        checkAll = null;
        busy();
      }
    }
  });
  worker.on('error', (e) => end(new NotebookError('INTERNAL', `The corroboration worker crashed: ${e.message}`)));
  worker.on('exit', (code) =>
    end(
      terminated
        ? new NotebookError('INTERNAL', settled ? 'Finding discrepancies was stopped: the notebook was closed.' : 'Finding the links between sources was stopped: the notebook was closed.')
        : new NotebookError('INTERNAL', `The corroboration worker stopped ${settled ? 'unexpectedly' : 'before it finished'} (exit code ${code}).`),
    ),
  );

  return {
    done,
    discrepancies: {
      find(claimIds) {
        if (gone) return Promise.reject(gone);
        return new Promise((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          ask({ type: 'find', id, claimIds: [...claimIds] });
        });
      },
      checkAll(onChecked) {
        if (gone) return Promise.reject(gone);
        if (checkAll && checkAllDone) return checkAllDone;
        checkAllDone = new Promise<void>((resolve, reject) => {
          checkAll = { onChecked, resolve, reject };
          ask({ type: 'check-all' });
        });
        return checkAllDone;
      },
    },
    async terminate() {
      terminated = true;
      // A timer holds the event loop open until the worker has gone: between the stop and its
      // 'exit', Node 20 can count no handle of it, and a process that closes the notebook as
      // its last act then ended mid-close (exit code 13: the CLI's `claims`, in 1 to 6 of 8 runs
      // under the test runner). Past TERMINATE_WAIT_MS the worker is left to the process's exit.
      let guard: NodeJS.Timeout | undefined;
      await Promise.race([worker.terminate(), new Promise((resolve) => (guard = setTimeout(resolve, TERMINATE_WAIT_MS)))]);
      clearTimeout(guard);
    },
    onLost(listener) {
      lost = listener;
    },
  };
}
