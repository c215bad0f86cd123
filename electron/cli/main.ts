#!/usr/bin/env node
// Entry point of the `dossier` command.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

// electron/cli/main.ts in development, dist/cli/dossier.mjs when built: the root is two levels up.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  appRoot,
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
});
