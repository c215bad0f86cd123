// window.notebook for a page, backed by a real notebook in this process, the way the e2e fixture
// does it (e2e/browser-app.ts): one exposed binding through the shared dispatch, and a frozen
// object with one function per contract method, installed before any page script runs.
// Every call is also timed, so a slow screen can be broken down into the calls it waited on.
// Answers cross as JSON text: Playwright's own serialiser walks an answer object by object
// (a 30 kB search page took ~25 ms that way, ~4 ms as a string), a cost Electron's IPC, which
// structured-clones natively, does not have. Contract answers are plain JSON data.
import type { Page } from 'playwright-core';
import type { NotebookApi } from '../electron/shared/api';
import { dispatch, NOTEBOOK_METHODS } from '../electron/shared/dispatch';

export interface BridgeCall {
  method: string;
  /** Time in the core, from the call reaching this process to its answer. */
  ms: number;
}

export interface NotebookBridgeHandle {
  /** Calls since the last `take()`, in the order they finished. */
  take(): BridgeCall[];
}

export async function installNotebookBridge(page: Page, notebook: NotebookApi): Promise<NotebookBridgeHandle> {
  let calls: BridgeCall[] = [];
  await page.exposeBinding('__dossierInvoke', async (_source, method: unknown, payload: unknown) => {
    const t0 = performance.now();
    try {
      return JSON.stringify(await dispatch(notebook, method, payload));
    } finally {
      calls.push({ method: String(method), ms: performance.now() - t0 });
    }
  });
  await page.addInitScript((methods: string[]) => {
    type Invoke = (method: string, payload: unknown) => Promise<string>;
    const api = Object.fromEntries(
      methods.map((m) => [m, async (payload?: unknown) => JSON.parse(await (window as unknown as { __dossierInvoke: Invoke }).__dossierInvoke(m, payload)) as unknown]),
    );
    Object.defineProperty(window, 'notebook', { value: Object.freeze(api), configurable: false, writable: false });
  }, [...NOTEBOOK_METHODS]);
  return {
    take() {
      const out = calls;
      calls = [];
      return out;
    },
  };
}

/**
 * "tagParagraph 3.1 ms, listTags 12 ms": the calls behind one interaction, slowest first, as the
 * average over `runs` repetitions of it.
 */
export function describeCalls(calls: readonly BridgeCall[], runs = 1): string {
  const byMethod = new Map<string, { n: number; ms: number }>();
  for (const c of calls) {
    const m = byMethod.get(c.method) ?? { n: 0, ms: 0 };
    m.n++;
    m.ms += c.ms;
    byMethod.set(c.method, m);
  }
  return [...byMethod.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([method, { n, ms }]) => {
      const times = n / runs;
      const each = ms / runs;
      return `${method}${times !== 1 ? ` x${Number(times.toFixed(1))}` : ''} ${each < 10 ? each.toFixed(1) : Math.round(each)} ms`;
    })
    .join(', ');
}
