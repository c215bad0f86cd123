// `dossier styles` and `dossier style add|remove`: the citation styles that `export --style` takes.
import { resolve } from 'node:path';
import { NotebookError } from '../shared/result';
import type { CliArgs } from './cli-args';
import type { Command } from './cli-commands';
import { table } from './cli-format';

function need(rest: string[], count: number, usage: string): string[] {
  if (rest.length !== count) {
    throw new NotebookError('INVALID_INPUT', `${rest.length < count ? 'Missing argument' : 'Too many arguments'}. Usage: dossier ${usage}`);
  }
  return rest;
}

const out = (args: { json: boolean }, io: { out(t: string): void }, value: unknown, human: string) =>
  io.out(args.json ? JSON.stringify(value, null, 2) : human);

export const STYLES_COMMAND: Command = {
  usage: 'styles',
  summary: 'List the citation styles: bundled ones and those you added (the ids `export --style` takes)',
  writes: false,
  async run(nb, args, rest, io) {
    need(rest, 0, this.usage);
    const styles = await nb.listStyles();
    const { defaultStyle } = await nb.getSettings();
    out(
      args,
      io,
      styles,
      table(styles.map((s) => [s.id, s.builtin ? 'bundled' : 'added', `${s.name}${s.id === defaultStyle ? ' (default)' : ''}`])),
    );
  },
};

export const STYLE_COMMANDS: Record<string, Command> = {
  add: {
    usage: 'style add <file.csl>',
    summary: 'Check a CSL style file and keep a copy in the notebook; prints the id to use with --style',
    writes: true,
    async run(nb, args, rest, io) {
      need(rest, 1, this.usage);
      // run-cli gives the notebook a pickStyleFile port that answers with this file (styleFileArg).
      const style = await nb.addStyleFile();
      if (!style) throw new NotebookError('INTERNAL', 'No style file was given.');
      out(args, io, style, style.id);
    },
  },
  remove: {
    usage: 'style remove <styleId>',
    summary: 'Remove an added style; briefings that used it switch to the default style',
    writes: true,
    async run(nb, args, rest, io) {
      const [id] = need(rest, 1, this.usage) as [string];
      const r = await nb.removeStyle({ id });
      const moved = r.briefingsRestyled === 1 ? '1 briefing now uses' : `${r.briefingsRestyled} briefings now use`;
      out(args, io, r, `Removed ${id}.${r.briefingsRestyled > 0 ? ` ${moved} ${r.defaultStyle}.` : ''}`);
    },
  },
};

/** The file of `style add <file>`, resolved against the working directory; null for other commands. */
export function styleFileArg(args: Pick<CliArgs, 'positionals'>, cwd: string): string | null {
  const [name, sub, file] = args.positionals;
  return name === 'style' && sub === 'add' && file ? resolve(cwd, file) : null;
}
