#!/usr/bin/env node
// Packs the built app the way the release does (electron-builder with electron-builder.yml, including
// the afterPack fuse hook) and checks what ends up in the package. The Electron binary cannot be
// downloaded here, so electron-builder gets a stand-in Electron folder (`electronDist`) whose
// "binary" carries a real fuse wire; everything else is electron-builder's own work.
//
//   node scripts/check-package.mjs [--project DIR] [--keep]
//
// Checks: app.asar holds package.json and dist/{main,preload,renderer} (main's corroboration worker too) and nothing else (no sources,
// tests, source maps or node_modules); package.json's main is in it; the corpus and styles sit in
// resources/ outside the asar, file for file; the fuses are flipped as build/after-pack-fuses.mjs says.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';

const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults: run-as-node, NODE_OPTIONS and --inspect on, integrity checks off.
const STOCK_WIRE = '101100011';
// The corroboration worker is main's second bundle: the thread that finds the links loads it by path.
const REQUIRED = ['package.json', 'dist/main/index.cjs', 'dist/main/corroboration-worker.cjs', 'dist/main/vendor/jsdom.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
const ALLOWED_ROOTS = /^(package\.json|dist\/(main|preload|renderer)\/.+)$/;
const FORBIDDEN = [
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
  [/(^|\/)[^/]*\.(test|spec)\.[^/]+$/, 'test file'],
  [/(^|\/)node_modules\//, 'node_modules (dependencies must be bundled)'],
  [/\.map$/, 'source map'],
];

function parseArgs(argv) {
  const opts = { project: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--project' && argv[i + 1]) opts.project = path.resolve(argv[++i]);
    else if (argv[i] === '--keep') opts.keep = true;
    else throw new Error(`Unknown argument: ${argv[i]}`);
  }
  return opts;
}

function standInElectron(dir) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(STOCK_WIRE)]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron"\n#'), wire, Buffer.from('\n')]));
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron license\n');
  writeFileSync(path.join(dir, 'version'), `${require('electron/package.json').version}\n`);
  writeFileSync(path.join(dir, 'resources', 'default_app.asar'), 'stand-in');
}

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** Every file of `from` must be in `to` with the same size. */
function compareFolders(from, to, label, problems) {
  if (!existsSync(to)) return problems.push(`${label}: resources/${path.basename(to)} is missing from the package`);
  const want = listFiles(from);
  const have = new Set(listFiles(to));
  for (const f of want) {
    if (!have.has(f)) problems.push(`${label}: ${f} is missing`);
    else if (statSync(path.join(from, f)).size !== statSync(path.join(to, f)).size) problems.push(`${label}: ${f} differs in size`);
  }
  return want.length;
}

async function main(argv) {
  const opts = parseArgs(argv);
  const missing = REQUIRED.slice(1).filter((f) => !existsSync(path.join(opts.project, f)));
  if (missing.length > 0) throw new Error(`Not built: ${missing.join(', ')} missing in ${opts.project}. Run \`npm run build\` first.`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-pack-'));
  try {
    const electronDist = path.join(work, 'electron');
    const output = path.join(work, 'release');
    standInElectron(electronDist);
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js'),
        '--linux',
        'dir',
        '--projectDir',
        opts.project,
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      // electron-builder resolves the afterPack path against the working directory, not --projectDir.
      { cwd: opts.project, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    if (r.status !== 0) throw new Error(`electron-builder failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    const appDir = path.join(output, 'linux-unpacked');
    const asarPath = path.join(appDir, 'resources', 'app.asar');
    if (!existsSync(asarPath)) throw new Error(`electron-builder wrote no ${asarPath}`);

    const problems = [];
    const files = asar
      .listPackage(asarPath, { isPack: false })
      .map((f) => f.split(path.sep).join('/').replace(/^\//, ''))
      .filter((f) => {
        const stat = asar.statFile(asarPath, f, false);
        return !('files' in stat);
      });
    for (const f of REQUIRED) if (!files.includes(f)) problems.push(`app.asar lacks ${f}`);
    if (!files.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))) problems.push('app.asar holds no renderer script under dist/renderer/assets/');
    for (const f of files) {
      const bad = FORBIDDEN.find(([re]) => re.test(f));
      if (bad) problems.push(`app.asar holds a ${bad[1]}: ${f}`);
      else if (!ALLOWED_ROOTS.test(f)) problems.push(`app.asar holds a file outside dist/ and package.json: ${f}`);
    }
    if (existsSync(path.join(appDir, 'resources', 'app.asar.unpacked'))) problems.push('files were unpacked next to the asar (app.asar.unpacked)');
    if (existsSync(path.join(appDir, 'resources', 'app'))) problems.push('an unpacked resources/app folder exists: asar is off');

    const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
    if (!files.includes(pkg.main)) problems.push(`package.json main (${pkg.main}) is not in the asar`);
    if (pkg.devDependencies) problems.push('package.json in the asar still lists devDependencies');

    const corpusFiles = compareFolders(path.join(opts.project, 'resources', 'corpus'), path.join(appDir, 'resources', 'corpus'), 'corpus', problems);
    const styleFiles = compareFolders(path.join(opts.project, 'resources', 'styles'), path.join(appDir, 'resources', 'styles'), 'styles', problems);
    if (files.some((f) => f.includes('corpus/') || f.endsWith('.csl'))) problems.push('corpus or styles were packed into the asar');

    const { FUSES } = await import(pathToFileURL(path.join(opts.project, 'build', 'after-pack-fuses.mjs')).href);
    const wire = await getCurrentFuseWire(path.join(appDir, 'dossier'));
    for (const [index, enabled] of Object.entries(FUSES)) {
      if (index === 'version') continue;
      const want = enabled ? 49 : 48;
      if (wire[index] !== want) problems.push(`fuse ${index} is ${String.fromCharCode(wire[index] ?? 63)}, expected ${enabled ? 'on' : 'off'}`);
    }

    const kb = (statSync(asarPath).size / 1024).toFixed(0);
    console.log(
      `Packed with electron-builder in ${((performance.now() - started) / 1000).toFixed(1)} s: app.asar ${kb} KB, ${files.length} files; ` +
        `resources: ${corpusFiles} corpus and ${styleFiles} style file(s); ${Object.keys(FUSES).length - 1} fuses set`,
    );
    for (const f of files) console.log(`  asar  ${f}`);
    if (problems.length > 0) {
      for (const p of problems) console.error(`  FAIL  ${p}`);
      console.error(`${problems.length} packaging problem(s).`);
      process.exitCode = 1;
    } else {
      console.log('Package check passed.');
    }
    if (opts.keep) console.log(`Kept the packed app at ${appDir}`);
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`check-package: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
});
