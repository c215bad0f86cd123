#!/usr/bin/env node
// `npm run build`: bundles main, preload and the CLI with esbuild, then the renderer with Vite.
// Fails loudly: any esbuild error, an unexpected runtime require, or a failed Vite build exits non-zero.
//   node scripts/build.mjs            everything
//   node scripts/build.mjs --no-renderer   skip Vite (quick check of the Electron side)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (p) => path.join(root, p);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

// Electron 40 runs Node 22+; the CLI runs on the user's Node (engines: >=20.19).
const ELECTRON_NODE = 'node22';

/**
 * Runtime requires a bundle may keep. Everything else must be bundled in, because the packaged app
 * ships dist/ and package.json only, without node_modules.
 */
// Optional native add-ons that jsdom and ws load inside try/catch and work without, and
// playwright-core, which core imports lazily for the CLI's PDF printer only: the app passes its own
// printer (printToPDF), so that import is never reached there.
const MAIN_EXTERNALS = ['electron', 'playwright-core', 'canvas', 'bufferutil', 'utf-8-validate'];

/**
 * Packages main needs only on first use (jsdom: the export sanitiser and style checks), bundled
 * as files of their own beside main's and required from there when first imported. Inside main's
 * bundle they would be parsed at every start even though they never run then: jsdom and its
 * dependencies are 8 of the bundle's 12 MB, ~250 ms of a cold start.
 */
export const MAIN_LAZY_PACKAGES = { jsdom: 'vendor/jsdom.cjs' };
const LAZY_FILES = new Set(Object.values(MAIN_LAZY_PACKAGES).map((f) => `./${f}`));

function lazyPackages() {
  const names = Object.keys(MAIN_LAZY_PACKAGES);
  return {
    name: 'lazy-packages',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: `./${MAIN_LAZY_PACKAGES[args.path]}`, external: true }));
    },
  };
}

export const ALLOWED_EXTERNALS = {
  main: (id) => MAIN_EXTERNALS.includes(id) || NODE_BUILTINS.has(id) || LAZY_FILES.has(id),
  // The worker that finds the corroboration links reads the corpus and the cache: Node only.
  mainCorroborationWorker: (id) => NODE_BUILTINS.has(id),
  // A sandboxed preload can require only 'electron' (and a few built-ins it does not need).
  preload: (id) => id === 'electron',
};

/**
 * jsdom reads two files beside its own sources when it loads: its default stylesheet, and the path
 * of its sync-XHR worker. Inside a bundle neither exists, and the failure would take main down at
 * start-up. The stylesheet is inlined; the worker is left out, since Dossier's jsdom never does XHR.
 */
function jsdomInBundle() {
  const patches = [
    {
      file: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/,
      from: 'require.resolve ? require.resolve("./xhr-sync-worker.js") : null',
      to: () => 'null',
    },
    {
      file: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]helpers[\\/]style-rules\.js$/,
      from: /fs\.readFileSync\(\s*path\.resolve\(__dirname, "\.\.\/\.\.\/browser\/default-stylesheet\.css"\),\s*\{ encoding: "utf-8" \}\s*\)/,
      to: (file) => JSON.stringify(readFileSync(path.join(path.dirname(file), '..', '..', 'browser', 'default-stylesheet.css'), 'utf8')),
    },
  ];
  return {
    name: 'jsdom-in-bundle',
    setup(b) {
      for (const patch of patches) {
        b.onLoad({ filter: patch.file }, (args) => {
          const text = readFileSync(args.path, 'utf8');
          const patched = text.replace(patch.from, () => patch.to(args.path));
          if (patched === text) throw new Error(`jsdom changed: ${args.path} no longer matches the bundling patch in scripts/build.mjs`);
          return { contents: patched, loader: 'js' };
        });
      }
    },
  };
}

export const targets = {
  main: {
    entryPoints: [fromRoot('electron/main/index.ts')],
    outfile: fromRoot('dist/main/index.cjs'),
    format: 'cjs',
    platform: 'node',
    target: ELECTRON_NODE,
    external: MAIN_EXTERNALS,
    plugins: [lazyPackages()],
    // import() becomes require(), so a lazy package's file is found beside the bundle, in app.asar too.
    supported: { 'dynamic-import': false },
    // Core resolves bundled resources from import.meta.url only when running from source, and takes
    // explicit folders when bundled, so an empty import.meta in CJS is expected here.
    logOverride: { 'empty-import-meta': 'silent' },
  },
  preload: {
    entryPoints: [fromRoot('electron/preload/index.ts')],
    outfile: fromRoot('dist/preload/index.cjs'),
    format: 'cjs',
    platform: 'node',
    target: ELECTRON_NODE,
    external: ['electron'],
  },
  cli: {
    entryPoints: [fromRoot('electron/cli/main.ts')],
    outfile: fromRoot('dist/cli/dossier.mjs'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The CLI runs from the installed package, next to its node_modules (playwright-core among them).
    packages: 'external',
    banner: { js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);" },
  },
};

// Corroboration runs in a worker thread, whose code is a file of its own: it goes beside the bundle
// that starts it, named as corroboration-worker-client.ts expects (corroboration-worker + the
// bundle's extension), so main and the CLI each find theirs.
const CORROBORATION_WORKER = fromRoot('electron/core/corroboration/corroboration-worker.ts');
targets.mainCorroborationWorker = {
  ...targets.main,
  entryPoints: [CORROBORATION_WORKER],
  outfile: fromRoot('dist/main/corroboration-worker.cjs'),
  external: [],
  plugins: [],
};
for (const [name, file] of Object.entries(MAIN_LAZY_PACKAGES)) {
  targets[`mainLazy:${name}`] = {
    ...targets.main,
    entryPoints: [name],
    outfile: fromRoot(path.join('dist/main', file)),
    plugins: name === 'jsdom' ? [jsdomInBundle()] : [],
  };
  ALLOWED_EXTERNALS[`mainLazy:${name}`] = ALLOWED_EXTERNALS.main;
}
targets.cliCorroborationWorker = { ...targets.cli, entryPoints: [CORROBORATION_WORKER], outfile: fromRoot('dist/cli/corroboration-worker.mjs') };

const common = { bundle: true, sourcemap: false, legalComments: 'none', logLevel: 'warning', metafile: true, absWorkingDir: root };

/**
 * Bundles `entry` the way main is bundled, at `outfile`, with the files main loads from beside
 * itself (the lazy packages, the corroboration worker): for tests and benchmarks that run core
 * as the app runs it.
 */
export async function bundleLikeMain(entry, outfile) {
  const dir = path.dirname(outfile);
  const quiet = { bundle: true, logLevel: 'silent', absWorkingDir: root };
  await Promise.all([
    build({ ...targets.main, ...quiet, entryPoints: [entry], outfile }),
    build({ ...targets.mainCorroborationWorker, ...quiet, outfile: path.join(dir, 'corroboration-worker.cjs') }),
    ...Object.entries(MAIN_LAZY_PACKAGES).map(([name, file]) => build({ ...targets[`mainLazy:${name}`], ...quiet, outfile: path.join(dir, file) })),
  ]);
}

/** Lists the runtime requires left in a bundle that are not allowed for that target. */
export function unexpectedExternals(metafile, outfile, allowed) {
  const out = metafile.outputs[path.relative(root, outfile).split(path.sep).join('/')];
  if (!out) throw new Error(`esbuild metafile has no entry for ${outfile}`);
  return [...new Set(out.imports.filter((i) => i.external && !allowed(i.path)).map((i) => i.path))];
}

async function bundle(name) {
  const started = performance.now();
  const options = targets[name];
  const result = await build({ ...common, ...options });
  const allowed = ALLOWED_EXTERNALS[name];
  if (allowed) {
    const extra = unexpectedExternals(result.metafile, options.outfile, allowed);
    if (extra.length > 0) throw new Error(`${name} bundle would require ${extra.join(', ')} at run time; bundle it or allow it in scripts/build.mjs`);
  }
  if (name === 'preload') {
    const fromPackages = Object.keys(result.metafile.inputs).filter((i) => i.includes('node_modules/'));
    if (fromPackages.length > 0) throw new Error(`The preload must stay dependency-free, but bundles ${fromPackages.join(', ')}`);
  }
  if (name === 'cli') {
    const text = readFileSync(options.outfile, 'utf8');
    if (!text.startsWith('#!')) writeFileSync(options.outfile, `#!/usr/bin/env node\n${text}`);
    chmodSync(options.outfile, 0o755);
  }
  const kb = (result.metafile.outputs[path.relative(root, options.outfile).split(path.sep).join('/')]?.bytes ?? 0) / 1024;
  console.log(`  ${path.relative(root, options.outfile)}  ${kb.toFixed(0)} KB  ${(performance.now() - started).toFixed(0)} ms`);
}

function buildRenderer() {
  const started = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
  if (!existsSync(fromRoot('dist/renderer/index.html'))) throw new Error('vite build wrote no dist/renderer/index.html');
  console.log(`  dist/renderer/  ${(performance.now() - started).toFixed(0)} ms`);
}

async function main(argv) {
  const started = performance.now();
  console.log('Building Dossier');
  const jobs = [bundle('main'), bundle('mainCorroborationWorker'), bundle('preload'), ...Object.keys(MAIN_LAZY_PACKAGES).map((n) => bundle(`mainLazy:${n}`))];
  if (existsSync(targets.cli.entryPoints[0])) jobs.push(bundle('cli'), bundle('cliCorroborationWorker'));
  else console.log('  electron/cli/main.ts does not exist yet; skipping the CLI bundle');
  await Promise.all(jobs);
  if (!argv.includes('--no-renderer')) buildRenderer();
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`Build failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
