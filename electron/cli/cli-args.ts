// Argument parsing for the CLI: global flags anywhere, then a command and its positionals.
import { parseArgs } from 'node:util';
import { NotebookError } from '../shared/result';

export interface CliArgs {
  positionals: string[];
  data?: string;
  corpus?: string;
  json: boolean;
  help: boolean;
  version: boolean;
  comment?: string;
  author?: string;
  format?: string;
  style?: string;
  paper?: string;
  out?: string;
  source: string[];
  tag: string[];
  limit?: string;
  chromium?: string;
  'discrepancies-only': boolean;
  'also-reported': boolean;
  agreement: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        comment: { type: 'string' },
        author: { type: 'string' },
        format: { type: 'string' },
        style: { type: 'string' },
        paper: { type: 'string' },
        out: { type: 'string', short: 'o' },
        source: { type: 'string', multiple: true, default: [] },
        tag: { type: 'string', multiple: true, default: [] },
        limit: { type: 'string' },
        chromium: { type: 'string' },
        'discrepancies-only': { type: 'boolean', default: false },
        'also-reported': { type: 'boolean', default: false },
        agreement: { type: 'boolean', default: false },
      },
    });
    return { ...values, positionals } as CliArgs;
  } catch (e) {
    throw new NotebookError('INVALID_INPUT', `${(e as Error).message.split('\n')[0]} (see dossier --help)`);
  }
}
