// `dossier briefing …` and `dossier export`.
import { resolve } from 'node:path';
import { NotebookError } from '../shared/result';
import type { ExportFormat, PaperSize } from '../shared/types';
import type { Command } from './cli-commands';
import { describeSource, table } from './cli-format';

function need(rest: string[], count: number, usage: string): string[] {
  if (rest.length !== count) {
    throw new NotebookError('INVALID_INPUT', `${rest.length < count ? 'Missing argument' : 'Too many arguments'}. Usage: dossier ${usage}`);
  }
  return rest;
}

const out = (args: { json: boolean }, io: { out(t: string): void }, value: unknown, human: string) =>
  io.out(args.json ? JSON.stringify(value, null, 2) : human);

export const BRIEFING_COMMANDS: Record<string, Command> = {
  new: {
    usage: 'briefing new <title> [--author NAME]',
    summary: 'Create a briefing and print its id',
    writes: true,
    async run(nb, args, rest, io) {
      const [title] = need(rest, 1, this.usage) as [string];
      const b = await nb.createBriefing({ title, author: args.author });
      out(args, io, b, b.id);
    },
  },
  list: {
    usage: 'briefing list',
    summary: 'List briefings, most recently changed first',
    writes: false,
    async run(nb, args, rest, io) {
      need(rest, 0, this.usage);
      const list = await nb.listBriefings();
      out(
        args,
        io,
        list,
        list.length === 0
          ? 'No briefings yet. Create one with: dossier briefing new "<title>"'
          : table([['ID', 'UPDATED', 'QUOTES', 'TITLE'], ...list.map((b) => [b.id, b.updatedAt.slice(0, 16).replace('T', ' '), String(b.quoteCount), b.title])]),
      );
    },
  },
  add: {
    usage: 'briefing add <briefingId> <paragraphId> [--comment TEXT]',
    summary: 'Quote a paragraph in a briefing, optionally with an analyst comment',
    writes: true,
    async run(nb, args, rest, io) {
      const [briefingId, paragraphId] = need(rest, 2, this.usage) as [string, string];
      const item = await nb.addQuote({ briefingId, paragraphId, comment: args.comment });
      out(args, io, item, item.id);
    },
  },
  text: {
    usage: 'briefing text <briefingId> <markdown>',
    summary: 'Add a markdown text block to a briefing',
    writes: true,
    async run(nb, args, rest, io) {
      const [briefingId, markdown] = need(rest, 2, this.usage) as [string, string];
      const item = await nb.addText({ briefingId, markdown });
      out(args, io, item, item.id);
    },
  },
  heading: {
    usage: 'briefing heading <briefingId> <text>',
    summary: 'Add a section heading to a briefing',
    writes: true,
    async run(nb, args, rest, io) {
      const [briefingId, text] = need(rest, 2, this.usage) as [string, string];
      const item = await nb.addHeading({ briefingId, text });
      out(args, io, item, item.id);
    },
  },
  show: {
    usage: 'briefing show <briefingId>',
    summary: 'Print a briefing with its quotes and where they come from',
    writes: false,
    async run(nb, args, rest, io) {
      const [id] = need(rest, 1, this.usage) as [string];
      const b = await nb.getBriefing({ id });
      const lines = [`# ${b.title}`, b.author ? `by ${b.author}` : '', ''];
      b.items.forEach((it, i) => {
        if (it.type === 'heading') lines.push(`${i + 1}. ## ${it.text}`);
        if (it.type === 'text') lines.push(`${i + 1}. ${it.markdown}`);
        if (it.type === 'quote') {
          const q = b.quotes[it.id];
          const where = q?.source ? `¶${q.paragraph?.n} of ${describeSource(q.source)}` : it.paragraphId;
          const flag = q?.status === 'broken' ? '  [BROKEN: re-anchor or remove before export]' : '';
          lines.push(`${i + 1}. > ${q?.paragraph?.text ?? '(text no longer in the corpus)'}\n   — ${where}${flag}${it.comment ? `\n   Comment: ${it.comment}` : ''}`);
        }
      });
      out(args, io, b, lines.join('\n'));
    },
  },
};

const FORMATS = ['md', 'html', 'pdf'];

export const EXPORT_COMMAND: Command = {
  usage: 'export <briefingId> --format md|html|pdf --out FILE [--style ID] [--paper a4|letter] [--also-reported] [--agreement]',
  summary:
    'Export a cited briefing (every quote is checked against the corpus first); --also-reported adds the other sources of each quote to its note, --agreement appends where they differ',
  writes: false,
  async run(nb, args, rest, io) {
    const [briefingId] = need(rest, 1, this.usage) as [string];
    const format = (args.format ?? 'md') as ExportFormat;
    if (!FORMATS.includes(format)) throw new NotebookError('INVALID_INPUT', `--format must be one of ${FORMATS.join(', ')}.`);
    if (!args.out) throw new NotebookError('INVALID_INPUT', `--out FILE is required. Usage: dossier ${this.usage}`);
    const r = await nb.exportBriefing({
      briefingId,
      format,
      style: args.style,
      paper: args.paper as PaperSize | undefined,
      alsoReported: args['also-reported'],
      agreement: args.agreement,
    });
    out(args, io, r, `Wrote ${r.path} (${r.bytes} bytes).`);
  },
};

export const exportTarget = (args: { out?: string }, cwd: string) => (args.out ? resolve(cwd, args.out) : null);
