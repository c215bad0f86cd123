// One way to call the notebook from outside its process: parse the payload against the method's
// schema, call, and wrap the outcome in an envelope. Main's IPC handlers and the e2e bridge use it.
import type { NotebookApi, NotebookMethod } from './api';
import { toErrorInfo, type Result } from './result';
import { schemas } from './schemas';
import { parseInput } from './validate';

export const NOTEBOOK_METHODS = Object.freeze(Object.keys(schemas) as NotebookMethod[]);

export const isNotebookMethod = (name: unknown): name is NotebookMethod =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(schemas, name);

export async function dispatch(api: NotebookApi, method: unknown, payload: unknown): Promise<Result<unknown>> {
  try {
    if (!isNotebookMethod(method)) {
      // Not String(method): an object without a prototype (or a hostile toString) would throw.
      const name = typeof method === 'string' ? method.slice(0, 80) : `(a ${method === null ? 'null' : typeof method})`;
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Unknown operation: ${name}` } };
    }
    const input = parseInput(method, payload);
    const fn = api[method] as (arg: unknown) => Promise<unknown>;
    const value = await fn.call(api, input);
    return { ok: true, value: value === undefined ? null : value };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}
