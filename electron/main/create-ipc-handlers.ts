import type { NotebookApi, NotebookMethod } from '../shared/api';
import { dispatch, NOTEBOOK_METHODS } from '../shared/dispatch';
import type { Result } from '../shared/result';
import type { schemas } from '../shared/schemas';
import type { SenderInfo } from './is-trusted-sender';

export type IpcHandler = (sender: SenderInfo | null, payload: unknown) => Promise<Result<unknown>>;

// NOTEBOOK_METHODS is Object.keys(schemas); these two checks make a method missing from either side
// (or an extra one) a type error, so the loop below always yields a full Record<NotebookMethod, …>.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _MethodsMatchApi = Assert<Same<keyof typeof schemas, NotebookMethod>>;

export interface IpcHandlerOptions {
  /** The notebook, once open; handlers wait for it, so the window can load while core starts. */
  getApi: () => Promise<NotebookApi>;
  isTrusted: (sender: SenderInfo | null) => boolean;
  /** Called after a successful call, e.g. to apply a new theme in main. */
  onSuccess?: (method: NotebookMethod, value: unknown) => void;
}

/** One handler per NotebookApi method: sender check, then schema check, call and envelope (dispatch). */
export function createIpcHandlers(options: IpcHandlerOptions): Record<NotebookMethod, IpcHandler> {
  const handlers = {} as Record<NotebookMethod, IpcHandler>;
  for (const method of NOTEBOOK_METHODS) {
    handlers[method] = async (sender, payload) => {
      if (!options.isTrusted(sender)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: `${method}: refused a call from an untrusted frame` } };
      }
      let api: NotebookApi;
      try {
        api = await options.getApi();
      } catch (e) {
        return { ok: false, error: { code: 'INTERNAL', message: `The notebook could not be opened: ${e instanceof Error ? e.message : String(e)}` } };
      }
      const result = await dispatch(api, method, payload);
      if (result.ok && options.onSuccess) {
        try {
          options.onSuccess(method, result.value);
        } catch (e) {
          // The call itself succeeded and is saved; a failed side effect must not turn it into an error.
          console.error(`After ${method}:`, e);
        }
      }
      return result;
    };
  }
  return handlers;
}
