// The CLI's commands: thin wrappers over NotebookApi, so scripts get the same checks as the app.
import type { NotebookApi } from '../shared/api';
import { NotebookError } from '../shared/result';
import type { Tag } from '../shared/types';
import type { CliArgs } from './cli-args';
import { describeSource, table, tagTree } from './cli-format';

export interface CliIo {
  out(text: string): void;
}

export interface Command {
  usage: string;
  summary: string;
  /** Takes the notebook lock: refused while the app (or another writer) has the notebook open. */
  writes: boolean;
  run(nb: NotebookApi, args: CliArgs, rest: string[], io: CliIo): Promise<void>;
}

function need(rest: string[], count: number, usage: string): string[] {
  if (rest.length < count) throw new NotebookError('INVALID_INPUT', `Missing argument. Usage: dossier ${usage}`);
  if (rest.length > count) throw new NotebookError('INVALID_INPUT', `Too many arguments. Usage: dossier ${usage} (quote text with spaces)`);
  return rest;
}

const print = (io: CliIo, args: CliArgs, value: unknown, human: () => string) =>
  io.out(args.json ? JSON.stringify(value, null, 2) : human());

async function findTag(nb: NotebookApi, nameOrId: string): Promise<Tag | undefined> {
  const tags = await nb.listTags();
  const wanted = nameOrId.trim().replace(/\s+/g, ' ');
  return (
    tags.find((t) => t.id === wanted) ??
    tags.find((t) => t.name.localeCompare(wanted, undefined, { sensitivity: 'accent' }) === 0)
  );
}

async function requireTagNamed(nb: NotebookApi, name: string): Promise<Tag> {
  const tag = await findTag(nb, name);
  if (!tag) throw new NotebookError('NOT_FOUND', `No tag named "${name.slice(0, 80)}". List them with: dossier tags`);
  return tag;
}

const limitOf = (args: CliArgs, fallback: number) => {
  if (args.limit === undefined) return fallback;
  const n = Number(args.limit);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new NotebookError('INVALID_INPUT', '--limit must be a whole number from 1 to 500.');
  return n;
};

export const COMMANDS: Record<string, Command> = {
  sources: {
    usage: 'sources',
    summary: 'List the sources in the corpus',
    writes: false,
    async run(nb, args, rest, io) {
      need(rest, 0, this.usage);
      const page = await nb.listSources({ limit: 500, sort: 'published', order: 'desc' });
      const all = [...page.items];
      while (all.length < page.total) all.push(...(await nb.listSources({ offset: all.length, limit: 500 })).items);
      print(io, args, all, () =>
        table([
          ['ID', 'DATE', 'OUTLET', 'TAGGED', 'TITLE'],
          ...all.map((s) => [s.id, s.published || '—', s.outlet || '—', String(s.taggedCount), s.title || '(untitled)']),
        ]),
      );
    },
  },
  show: {
    usage: 'show <sourceId>',
    summary: 'Print a source paragraph by paragraph, with ids and tags',
    writes: false,
    async run(nb, args, rest, io) {
      const [id] = need(rest, 1, this.usage) as [string];
      const source = await nb.getSource({ id });
      const notes = await nb.getSourceAnnotations({ sourceId: id });
      const names = new Map((await nb.listTags()).map((t) => [t.id, t.name]));
      print(io, args, { ...source, annotations: notes }, () =>
        [
          describeSource(source) + (source.author ? ` — ${source.author}` : ''),
          '',
          ...source.paragraphs.map((p) => {
            const tags = (notes.tags[p.id] ?? []).map((t) => `#${names.get(t) ?? t}`).join(' ');
            return `¶${p.n} [${p.kind}] ${p.id}${tags ? `  ${tags}` : ''}\n${p.text}\n`;
          }),
        ].join('\n'),
      );
    },
  },
  search: {
    usage: 'search <query> [--source ID]... [--tag NAME]... [--limit N]',
    summary: 'Full-text search; "quoted phrases" must match exactly',
    writes: false,
    async run(nb, args, rest, io) {
      const [text] = need(rest, 1, this.usage) as [string];
      const tagIds = await Promise.all(args.tag.map(async (t) => (await requireTagNamed(nb, t)).id));
      const r = await nb.search({ text, sourceIds: args.source, tagIds, limit: limitOf(args, 20) });
      print(io, args, r, () =>
        r.hits.length === 0
          ? `No paragraph matches "${text}".`
          : [
              `${r.total} match${r.total === 1 ? '' : 'es'}${r.total > r.hits.length ? ` (showing ${r.hits.length})` : ''}`,
              ...r.hits.map((h) => `\n${h.paragraphId}  ¶${h.n} of ${describeSource(h.source)}\n  ${h.snippet.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')}`),
            ].join('\n'),
      );
    },
  },
  tags: {
    usage: 'tags',
    summary: 'List tags as a tree, with how many paragraphs carry each',
    writes: false,
    async run(nb, args, rest, io) {
      need(rest, 0, this.usage);
      const tags = await nb.listTags();
      print(io, args, tags, () => (tags.length === 0 ? 'No tags yet. Add one with: dossier tag <paragraphId> <tag>' : tagTree(tags)));
    },
  },
  tag: {
    usage: 'tag <paragraphId> <tag>',
    summary: 'Tag a paragraph (the tag is created if it does not exist)',
    writes: true,
    async run(nb, args, rest, io) {
      const [paragraphId, name] = need(rest, 2, this.usage) as [string, string];
      const p = await nb.getParagraph({ id: paragraphId });
      const tag = (await findTag(nb, name)) ?? (await nb.createTag({ name }));
      const tags = await nb.tagParagraph({ paragraphId: p.id, tagId: tag.id });
      print(io, args, { paragraphId: p.id, tag, tags }, () => `Tagged ${p.id} with "${tag.name}".`);
    },
  },
  untag: {
    usage: 'untag <paragraphId> <tag>',
    summary: 'Remove a tag from a paragraph',
    writes: true,
    async run(nb, args, rest, io) {
      const [paragraphId, name] = need(rest, 2, this.usage) as [string, string];
      const p = await nb.getParagraph({ id: paragraphId });
      const tag = await requireTagNamed(nb, name);
      const tags = await nb.untagParagraph({ paragraphId: p.id, tagId: tag.id });
      print(io, args, { paragraphId: p.id, tag, tags }, () => `Removed "${tag.name}" from ${p.id}.`);
    },
  },
  tagged: {
    usage: 'tagged <tag> [--limit N]',
    summary: 'List the paragraphs carrying a tag (and its sub-tags), across sources',
    writes: false,
    async run(nb, args, rest, io) {
      const [name] = need(rest, 1, this.usage) as [string];
      const tag = await requireTagNamed(nb, name);
      const page = await nb.paragraphsWithTag({ tagId: tag.id, limit: limitOf(args, 500) });
      print(io, args, page, () =>
        page.items.length === 0
          ? `No paragraph is tagged "${tag.name}".`
          : page.items
              .map((r) => `${r.paragraph.id}  ¶${r.paragraph.n} of ${describeSource(r.source)}${r.status === 'broken' ? '  [BROKEN: text no longer in the corpus]' : ''}\n  ${r.paragraph.text}`)
              .join('\n\n'),
      );
    },
  },
};
