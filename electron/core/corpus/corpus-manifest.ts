import path from 'node:path';
import { z } from 'zod';
import { NotebookError } from '../../shared/result';
import { PARAGRAPH_KINDS } from '../../shared/types';
import { decodeUtf8 } from './decode-utf8';

// Paragraph ids are `<sourceId>:p<n>` and must fit the contract's 200-character id limit.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 150;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_ISSUES_SHOWN = 5;

const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** Relative, inside the corpus directory: no absolute path (POSIX or Windows), no `..` segment. */
const staysInside = (file: string): boolean =>
  !path.posix.isAbsolute(file) &&
  !path.win32.isAbsolute(file) &&
  !file.split(/[\\/]/).some((segment) => segment === '..') &&
  !file.includes('\0');

const sourceSchema = z.strictObject({
  id: z
    .string()
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .regex(SLUG, 'must be a lowercase slug such as "russia-india-talks" (a-z, 0-9, single hyphens)'),
  title: z.string(),
  outlet: z.string(),
  author: z.string(),
  published: z.string().refine((s) => s === '' || isIsoDate(s), 'must be an ISO date (YYYY-MM-DD) or empty'),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL or empty' })]).optional(),
  language: z.string().regex(LANGUAGE, 'must be a language code such as "en"'),
  file: z
    .string()
    .min(1, 'must name a file')
    .refine(staysInside, 'must be a relative path inside the corpus directory (no absolute path, no "..")'),
  kinds: z
    .record(
      z.string().regex(/^[1-9]\d*$/, 'must be a paragraph number such as "3"'),
      z.enum(PARAGRAPH_KINDS, { error: `must be one of ${PARAGRAPH_KINDS.join(', ')}` }),
    )
    .optional(),
});

const manifestSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1' }),
  sources: z.array(sourceSchema).superRefine((sources, ctx) => {
    const firstIndex = new Map<string, number>();
    sources.forEach((s, i) => {
      const first = firstIndex.get(s.id);
      if (first === undefined) firstIndex.set(s.id, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${s.id}" duplicates sources[${first}].id` });
    });
  }),
});

export type CorpusManifest = z.infer<typeof manifestSchema>;
export type ManifestSource = CorpusManifest['sources'][number];

const formatPath = (segments: readonly PropertyKey[]): string =>
  segments
    .map((s, i) => {
      if (typeof s === 'number') return `[${s}]`;
      const key = String(s);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');

// Zod's default texts ("Invalid input: expected string, received undefined") name no field
// in words a corpus maintainer uses, so the common ones are reworded.
const issueText = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_type') return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
};

/** Parses manifest bytes, or throws CORPUS with `<file>: <field> <problem>` for each problem found. */
export function parseCorpusManifest(bytes: Uint8Array, manifestPath: string): CorpusManifest {
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes, manifestPath));
  } catch (e) {
    if (e instanceof NotebookError) throw e;
    throw new NotebookError('CORPUS', `${manifestPath}: is not valid JSON (${(e as Error).message})`);
  }
  const r = manifestSchema.safeParse(json, { reportInput: true });
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    if (issue.code === 'invalid_key') {
      // The path ends with the bad key itself; name it as a key, not as a field.
      const key = String(issue.path.at(-1));
      return `${formatPath(issue.path.slice(0, -1))} key "${key}" ${issue.issues[0]?.message ?? 'is not allowed'}`;
    }
    const where = formatPath(issue.path);
    return where === '' ? `the manifest ${issueText(issue)}` : `${where} ${issueText(issue)}`;
  });
  const more = r.error.issues.length > MAX_ISSUES_SHOWN ? ` (and ${r.error.issues.length - MAX_ISSUES_SHOWN} more)` : '';
  throw new NotebookError('CORPUS', `${manifestPath}: ${problems.join('; ')}${more}`);
}
