// The CLI as a function: parse, open the notebook (read-only unless the command writes), run,
// and turn any failure into one clear line and a non-zero exit code.
import { createRequire } from 'node:module';
import { isNotebookError } from '../shared/result';
import { resolveCorpusDir } from '../core/corpus/resolve-corpus-dir';
import { defaultDataDir } from '../core/default-data-dir';
import { createChromiumPdfPrinter } from '../core/export/pdf-printer';
import { resolveStylesDir } from '../core/citations/resolve-styles-dir';
import { openNotebook } from '../core/notebook/open-notebook';
import { parseCliArgs, type CliArgs } from './cli-args';
import { BRIEFING_COMMANDS, EXPORT_COMMAND, exportTarget } from './briefing-commands';
import { COMMANDS, type Command } from './cli-commands';
import { CORROBORATION_COMMANDS } from './corroboration-commands';
import { STYLE_COMMANDS, STYLES_COMMAND, styleFileArg } from './style-commands';

export interface CliEnv {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Repository or install root: where resources/corpus lives in development. */
  appRoot: string;
  out(text: string): void;
  err(text: string): void;
}

function helpText(): string {
  const rows = [
    ...Object.values(COMMANDS),
    ...Object.values(CORROBORATION_COMMANDS),
    ...Object.values(BRIEFING_COMMANDS),
    EXPORT_COMMAND,
    STYLES_COMMAND,
    ...Object.values(STYLE_COMMANDS),
  ].map((c) => `  dossier ${c.usage}\n      ${c.summary}`);
  return [
    'Dossier: read, tag and cite a news corpus from the command line.',
    '',
    'Commands:',
    ...rows,
    '',
    'Global options:',
    '  --data DIR     notebook directory (default: the desktop app’s, or $DOSSIER_DATA)',
    '  --corpus DIR   corpus directory (default: the bundled corpus, or $DOSSIER_CORPUS)',
    '  --json         machine-readable output',
    '  --chromium P   Chrome/Chromium used for PDF export (default /usr/bin/chromium or $DOSSIER_CHROMIUM)',
  ].join('\n');
}

function pickCommand(args: CliArgs): { command: Command; rest: string[] } | null {
  const [name, ...rest] = args.positionals;
  if (name === 'briefing') {
    const [sub, ...subRest] = rest;
    const command = sub ? BRIEFING_COMMANDS[sub] : undefined;
    return command ? { command, rest: subRest } : null;
  }
  if (name === 'export') return { command: EXPORT_COMMAND, rest };
  if (name === 'styles') return { command: STYLES_COMMAND, rest };
  if (name === 'style') {
    const [sub, ...subRest] = rest;
    const command = sub ? STYLE_COMMANDS[sub] : undefined;
    return command ? { command, rest: subRest } : null;
  }
  const command = name ? (COMMANDS[name] ?? CORROBORATION_COMMANDS[name]) : undefined;
  return command ? { command, rest } : null;
}

export async function runCli(io: CliEnv): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(io.argv);
  } catch (e) {
    io.err(`dossier: ${(e as Error).message}`);
    return 2;
  }
  if (args.version) {
    const pkg = createRequire(import.meta.url)(`${io.appRoot}/package.json`) as { version: string };
    io.out(pkg.version);
    return 0;
  }
  const picked = pickCommand(args);
  if (args.help || args.positionals.length === 0) {
    io.out(helpText());
    return 0;
  }
  if (!picked) {
    io.err(`dossier: unknown command "${args.positionals.slice(0, 2).join(' ')}". Run dossier --help for the list.`);
    return 2;
  }
  const target = exportTarget(args, io.cwd);
  const styleFile = styleFileArg(args, io.cwd);
  const chromium = args.chromium ?? io.env.DOSSIER_CHROMIUM;
  let nb: Awaited<ReturnType<typeof openNotebook>> | undefined;
  try {
    nb = await openNotebook({
      dataDir: args.data ?? defaultDataDir(io.env),
      corpusDir: resolveCorpusDir({ flag: args.corpus, env: io.env, appRoot: io.appRoot }),
      stylesDir: resolveStylesDir({ appRoot: io.appRoot }),
      readOnly: !picked.command.writes,
      ports: {
        pickSavePath: async () => target,
        pickStyleFile: async () => styleFile,
        ...(chromium ? { pdfPrinter: createChromiumPdfPrinter({ executablePath: chromium }) } : {}),
      },
    });
    await picked.command.run(nb, args, picked.rest, io);
    return 0;
  } catch (e) {
    const message = isNotebookError(e) ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`;
    io.err(`dossier: ${message}`);
    return isNotebookError(e) && e.code === 'INVALID_INPUT' ? 2 : 1;
  } finally {
    await nb?.close();
  }
}
