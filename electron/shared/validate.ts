import type { z } from 'zod';
import { NotebookError } from './result';
import { schemas, type ParsedOf, type Schemas } from './schemas';

/**
 * An optional field sent as undefined means the same as one left out, but zod keeps such a key
 * (and a structured clone carries it over IPC), so core would see `{ title: undefined }`.
 */
function withoutUndefined(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}

/** Parses a payload for a method, or throws INVALID_INPUT with a message a person can read. */
export function parseInput<K extends keyof Schemas>(method: K, payload: unknown): ParsedOf<K> {
  const schema: z.ZodType = schemas[method];
  const r = schema.safeParse(payload);
  if (r.success) return withoutUndefined(r.data) as ParsedOf<K>;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')} ` : '';
  throw new NotebookError('INVALID_INPUT', `${method}: ${where}${issue?.message ?? 'invalid input'}`.slice(0, 300));
}
