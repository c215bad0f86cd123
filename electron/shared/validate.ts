import type { z } from 'zod';
import { NotebookError } from './result';
import { schemas, type ParsedOf, type Schemas } from './schemas';

/** Parses a payload for a method, or throws INVALID_INPUT with a message a person can read. */
export function parseInput<K extends keyof Schemas>(method: K, payload: unknown): ParsedOf<K> {
  const schema: z.ZodType = schemas[method];
  const r = schema.safeParse(payload);
  if (r.success) return r.data as ParsedOf<K>;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')} ` : '';
  throw new NotebookError('INVALID_INPUT', `${method}: ${where}${issue?.message ?? 'invalid input'}`.slice(0, 300));
}
