// Input schemas for every NotebookApi method. Main parses each IPC payload with these
// before core sees it; core parses again, so the CLI and the test bridge get the same checks.
import { z } from 'zod';
import type { NotebookApi } from './api';

export const LIMITS = {
  idLength: 200,
  tagName: 80,
  title: 300,
  heading: 300,
  author: 300,
  comment: 20_000,
  markdown: 200_000,
  query: 500,
  pageSize: 500,
  metaField: 2_000,
} as const;

const id = z.string().trim().min(1, 'must not be empty').max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`);
export const paragraphIdSchema = z
  .string()
  .trim()
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9][a-z0-9-]*:p[1-9][0-9]*$/, 'is not a paragraph id such as "source-slug:p4"');
const text = (max: number, what: string) =>
  z.string().max(max, `${what} must be at most ${max} characters`);
const nonEmpty = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #3366cc');
const index = z.number().int().min(0).max(1_000_000);
const offset = z.number().int().min(0).max(10_000_000).default(0);
const limit = z.number().int().min(1).max(LIMITS.pageSize).default(100);
const empty = z.object({}).strict().optional();
const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
const urlOrEmpty = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(LIMITS.metaField),
]);

export const schemas = {
  status: empty,
  listSources: z
    .object({
      offset,
      limit,
      sort: z.enum(['title', 'outlet', 'published', 'taggedCount']).default('published'),
      order: z.enum(['asc', 'desc']).default('desc'),
      filter: text(LIMITS.query, 'filter').default(''),
    })
    .strict(),
  getSource: z.object({ id }).strict(),
  getParagraph: z.object({ id: paragraphIdSchema }).strict(),
  editSourceDetails: z
    .object({
      id,
      patch: z
        .object({
          title: text(LIMITS.title, 'title'),
          outlet: text(LIMITS.metaField, 'outlet'),
          author: text(LIMITS.author, 'author'),
          published: isoDateOrEmpty,
          url: urlOrEmpty,
          language: text(35, 'language'),
        })
        .partial()
        .strict(),
    })
    .strict(),
  resetSourceDetails: z.object({ id }).strict(),
  getSourceAnnotations: z.object({ sourceId: id }).strict(),
  search: z
    .object({
      text: text(LIMITS.query, 'query'),
      sourceIds: z.array(id).max(10_000).optional(),
      tagIds: z.array(id).max(1_000).optional(),
      offset,
      limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
    })
    .strict(),
  listTags: empty,
  createTag: z
    .object({ name: nonEmpty(LIMITS.tagName, 'tag name'), color: color.optional(), parentId: id.nullable().optional() })
    .strict(),
  renameTag: z.object({ id, name: nonEmpty(LIMITS.tagName, 'tag name') }).strict(),
  recolorTag: z.object({ id, color }).strict(),
  moveTag: z.object({ id, parentId: id.nullable() }).strict(),
  mergeTags: z.object({ fromId: id, intoId: id }).strict(),
  deleteTag: z.object({ id }).strict(),
  tagParagraph: z.object({ paragraphId: paragraphIdSchema, tagId: id }).strict(),
  untagParagraph: z.object({ paragraphId: paragraphIdSchema, tagId: id }).strict(),
  tagsForParagraph: z.object({ paragraphId: paragraphIdSchema }).strict(),
  paragraphsWithTag: z
    .object({ tagId: id, includeDescendants: z.boolean().default(true), offset, limit })
    .strict(),
  listBriefings: empty,
  createBriefing: z
    .object({ title: nonEmpty(LIMITS.title, 'title'), author: text(LIMITS.author, 'author').optional() })
    .strict(),
  updateBriefing: z
    .object({
      id,
      title: nonEmpty(LIMITS.title, 'title').optional(),
      author: text(LIMITS.author, 'author').optional(),
      style: id.optional(),
    })
    .strict(),
  getBriefing: z.object({ id }).strict(),
  deleteBriefing: z.object({ id }).strict(),
  addQuote: z
    .object({
      briefingId: id,
      paragraphId: paragraphIdSchema,
      comment: text(LIMITS.comment, 'comment').optional(),
      index: index.optional(),
    })
    .strict(),
  addHeading: z
    .object({ briefingId: id, text: nonEmpty(LIMITS.heading, 'heading'), index: index.optional() })
    .strict(),
  addText: z
    .object({ briefingId: id, markdown: text(LIMITS.markdown, 'text'), index: index.optional() })
    .strict(),
  editItem: z
    .object({
      briefingId: id,
      itemId: id,
      text: nonEmpty(LIMITS.heading, 'heading').optional(),
      markdown: text(LIMITS.markdown, 'text').optional(),
      comment: text(LIMITS.comment, 'comment').optional(),
    })
    .strict(),
  moveItem: z.object({ briefingId: id, itemId: id, toIndex: index }).strict(),
  removeItem: z.object({ briefingId: id, itemId: id }).strict(),
  restoreItem: z
    .object({
      briefingId: id,
      index,
      item: z.discriminatedUnion('type', [
        z.object({ id, type: z.literal('heading'), text: nonEmpty(LIMITS.heading, 'heading') }).strict(),
        z.object({ id, type: z.literal('text'), markdown: text(LIMITS.markdown, 'text') }).strict(),
        z
          .object({
            id,
            type: z.literal('quote'),
            paragraphId: paragraphIdSchema,
            hash: z.string().regex(/^[0-9a-f]{8,64}$/),
            comment: text(LIMITS.comment, 'comment'),
          })
          .strict(),
      ]),
    })
    .strict(),
  reanchorQuote: z.object({ briefingId: id, itemId: id, paragraphId: paragraphIdSchema }).strict(),
  backlinks: z.object({ paragraphId: paragraphIdSchema }).strict(),
  relatedParagraphs: z.object({ paragraphId: paragraphIdSchema }).strict(),
  sourceCorroboration: z.object({ sourceId: id }).strict(),
  listClaims: z
    .object({
      offset,
      limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
      /** Only claims with a paragraph of this source. */
      sourceId: id.optional(),
      discrepanciesOnly: z.boolean().default(false),
    })
    .strict(),
  getClaim: z.object({ claimId: id }).strict(),
  compareParagraphs: z.object({ a: paragraphIdSchema, b: paragraphIdSchema }).strict(),
  corroborationStatus: empty,
  citeParagraph: z.object({ paragraphId: paragraphIdSchema, style: id.optional() }).strict(),
  listStyles: empty,
  addStyleFile: empty,
  removeStyle: z.object({ id }).strict(),
  previewExport: z
    .object({
      briefingId: id,
      format: z.enum(['md', 'html']),
      style: id.optional(),
      /** Add "Also reported by: …" (other sources of the quote) to each quote's note. */
      alsoReported: z.boolean().optional(),
      /** Append "Source agreement": where other sources differ from the quotes. */
      agreement: z.boolean().optional(),
    })
    .strict(),
  exportBriefing: z
    .object({
      briefingId: id,
      format: z.enum(['md', 'html', 'pdf']),
      style: id.optional(),
      paper: z.enum(['a4', 'letter']).optional(),
      alsoReported: z.boolean().optional(),
      agreement: z.boolean().optional(),
    })
    .strict(),
  showInFolder: z.object({ path: z.string().min(1).max(4096) }).strict(),
  getSettings: empty,
  updateSettings: z
    .object({
      theme: z.enum(['system', 'light', 'dark']),
      hideBoilerplate: z.boolean(),
      defaultStyle: id,
      paper: z.enum(['a4', 'letter']),
    })
    .partial()
    .strict(),
  listBackups: empty,
  restoreBackup: z.object({ name: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'is not a backup name') }).strict(),
} satisfies Record<keyof NotebookApi, z.ZodType>;

export type Schemas = typeof schemas;
/** What a caller may pass (defaults still optional). */
export type InputOf<K extends keyof Schemas> = z.input<Schemas[K]>;
/** What core sees after parsing (defaults filled in). */
export type ParsedOf<K extends keyof Schemas> = z.output<Schemas[K]>;
