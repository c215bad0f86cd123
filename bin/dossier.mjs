#!/usr/bin/env node
// The package's `dossier` command: runs the built CLI, or the TypeScript source through tsx when
// working from a checkout that has not been built yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'cli', 'dossier.mjs');

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const source = path.join(root, 'electron', 'cli', 'main.ts');
  let tsx = null;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    // tsx is a dev dependency; an installed package has the built CLI instead.
  }
  if (tsx === null || !existsSync(source)) {
    console.error(`dossier: the CLI is not built (no ${built}). Run \`npm run build\` in ${root} first.`);
    process.exit(1);
  }
  const r = spawnSync(process.execPath, ['--import', tsx, source, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
  process.exit(r.status ?? 1);
}
