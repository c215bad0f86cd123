// The user's data: everything the lowdb file holds. The corpus is never copied in here.
import { z } from 'zod';
import type { Briefing, Settings, SourceDetailsPatch, Tag, Tagging } from '../../shared/types';

export const SCHEMA_VERSION = 1;

export interface NotebookData {
  tags: Tag[];
  taggings: Tagging[];
  briefings: Briefing[];
  /** sourceId → the details the user edited; the manifest stays untouched. */
  sourceEdits: Record<string, SourceDetailsPatch>;
  settings: Settings;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  hideBoilerplate: false,
  defaultStyle: 'chicago',
  paper: 'a4',
  lastExportDir: '',
};

export const emptyNotebook = (): NotebookData => ({
  tags: [],
  taggings: [],
  briefings: [],
  sourceEdits: {},
  settings: { ...DEFAULT_SETTINGS },
});

const str = z.string();
const iso = z.string().min(1);
const hash = z.string().regex(/^[0-9a-f]{8,64}$/);

const itemSchema = z.discriminatedUnion('type', [
  z.object({ id: str, type: z.literal('heading'), text: str }),
  z.object({ id: str, type: z.literal('text'), markdown: str }),
  z.object({ id: str, type: z.literal('quote'), paragraphId: str, hash, comment: str }),
]);

export const notebookDataSchema: z.ZodType<NotebookData> = z.object({
  tags: z.array(
    z.object({ id: str, name: str, color: str, parentId: str.nullable(), createdAt: iso }),
  ),
  taggings: z.array(z.object({ paragraphId: str, hash, tagId: str, createdAt: iso })),
  briefings: z.array(
    z.object({
      id: str,
      title: str,
      author: str,
      style: str,
      createdAt: iso,
      updatedAt: iso,
      items: z.array(itemSchema),
    }),
  ),
  sourceEdits: z.record(
    str,
    z
      .object({ title: str, outlet: str, author: str, published: str, url: str, language: str })
      .partial(),
  ),
  settings: z.object({
    theme: z.enum(['system', 'light', 'dark']),
    hideBoilerplate: z.boolean(),
    defaultStyle: str,
    paper: z.enum(['a4', 'letter']),
    lastExportDir: str,
  }),
});

export function validateNotebook(raw: unknown): NotebookData {
  return notebookDataSchema.parse(raw);
}

/** Pure upgrades: MIGRATIONS[n] turns a version n-1 document into version n. None yet: version 1 is the first. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
