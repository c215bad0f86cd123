// Calls window.notebook, unwraps the envelope and throws a NotebookError (with its code) on failure.
import { NotebookError, type NotebookApi, type NotebookMethod, type Result } from './contract';

type Value<K extends NotebookMethod> = Awaited<ReturnType<NotebookApi[K]>>;
type EnvelopeFn<K extends NotebookMethod> = (...args: Parameters<NotebookApi[K]>) => Promise<Result<Value<K>>>;

export async function call<K extends NotebookMethod>(method: K, ...args: Parameters<NotebookApi[K]>): Promise<Value<K>> {
  const bridge = (window as Partial<Window>).notebook;
  const fn = bridge?.[method] as EnvelopeFn<K> | undefined;
  if (typeof fn !== 'function') {
    throw new NotebookError('INTERNAL', `The notebook is not connected: window.notebook.${method} is missing.`);
  }
  const r = await fn(...args);
  if (r.ok) return r.value;
  throw new NotebookError(r.error.code, r.error.message);
}

/** The notebook as plain async methods; each call goes through `call`. */
export const notebook: NotebookApi = new Proxy({} as NotebookApi, {
  get: (_target, name) =>
    typeof name === 'string'
      ? (...args: unknown[]) => call(name as NotebookMethod, ...(args as Parameters<NotebookApi[NotebookMethod]>))
      : undefined,
});

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
