#!/usr/bin/env node
// Runs every *.test.ts under electron/ and bench/ with Node's test runner (Node 20 has no --test globs).
// Pass paths or substrings to run a subset: npm run unit -- store
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['electron', 'bench', 'scripts'];
const found = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) found.push(p);
  }
};
for (const r of roots) {
  try {
    walk(r);
  } catch {
    /* root absent */
  }
}
const filters = process.argv.slice(2);
const files = found.sort().filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error('No unit test files matched.');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(r.status ?? 1);
