// Starts the corroboration worker and turns what it says into a promise. The worker's file is the
// bundle beside this one when bundled (dist/main/*.cjs, dist/cli/*.mjs), or the TypeScript source
// run through tsx when running from the source tree (tests, the CLI through tsx, the e2e bridge).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NotebookError } from '../../shared/result';
import { WORKER_KIND, type WorkerMessage, type WorkerRequest } from './corroboration-worker-protocol';
import type { LoadedLinks, LoadStep } from './load-link-state';

export const WORKER_BASENAME = 'corroboration-worker';
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.tsx']);

export interface WorkerRun {
  done: Promise<LoadedLinks>;
  /** Stops the worker if it still runs; `done` then rejects. */
  terminate(): Promise<void>;
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

/** Runs one load in a new worker; `onStep` hears each step as it starts. */
export function runCorroborationWorker(request: Omit<WorkerRequest, 'kind'>, onStep: (step: LoadStep) => void): WorkerRun {
  const worker = startWorker({ ...request, kind: WORKER_KIND });
  let settled = false;
  let terminated = false;
  const done = new Promise<LoadedLinks>((resolve, reject) => {
    const fail = (e: NotebookError): void => {
      if (settled) return;
      settled = true;
      reject(e);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'step') onStep(m.step);
      else if (m.type === 'error') fail(new NotebookError(m.code, `Finding the links between sources failed: ${m.message}`));
      else {
        settled = true;
        resolve(m.loaded);
      }
    });
    worker.on('error', (e) => fail(new NotebookError('INTERNAL', `The corroboration worker crashed: ${e.message}`)));
    worker.on('exit', (code) =>
      fail(
        terminated
          ? new NotebookError('INTERNAL', 'Finding the links between sources was stopped: the notebook was closed.')
          : new NotebookError('INTERNAL', `The corroboration worker stopped before it finished (exit code ${code}).`),
      ),
    );
  });
  return {
    done,
    async terminate() {
      terminated = true;
      await worker.terminate();
    },
  };
}
