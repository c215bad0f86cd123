// Results cross IPC as envelopes, because ipcRenderer.invoke keeps only an error's message.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'BROKEN_QUOTES',
  'LOCKED',
  'CORRUPT',
  'NEWER_SCHEMA',
  'CORPUS',
  'IO',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The one error type core throws on purpose. Anything else is a bug and maps to INTERNAL. */
export class NotebookError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'NotebookError';
    this.code = code;
  }
}

export const isNotebookError = (e: unknown): e is NotebookError => e instanceof NotebookError;

export function toErrorInfo(e: unknown): ErrorInfo {
  if (isNotebookError(e)) return { code: e.code, message: e.message };
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new NotebookError(r.error.code, r.error.message);
}
