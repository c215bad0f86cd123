#!/usr/bin/env node
// Scans the Electron sources and the build output with @doyensec/electronegativity and fails on any
// finding of MEDIUM severity or above (or any finding of the checks in ALWAYS_FAIL) that
// scripts/electronegativity-allowlist.json does not explain.
//
//   node scripts/check-electronegativity.mjs               electron/ and dist/ (run `npm run build` first)
//   node scripts/check-electronegativity.mjs --no-dist     electron/ only
//   node scripts/check-electronegativity.mjs --scan DIR [--scan DIR…] [--allowlist FILE]
//
// It calls electronegativity's runner (the code behind its CLI) rather than parsing the CLI's CSV,
// because only the runner reports files it failed to parse, and an unparsed file is an unchecked file.
// The scan runs offline: the tool's only network use is a translation download that falls back to the
// bundled English text, and the release check that needs the network is excluded.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const FAIL_AT = SEVERITY_ORDER.indexOf('MEDIUM');
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
// electronegativity rates an explicit `nodeIntegration: true` as INFORMATIONAL (it asks for review).
// These checks guard the security defaults in DESIGN.md, so any finding of theirs fails.
const ALWAYS_FAIL = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK',
]);

function parseArgs(argv) {
  const opts = { scans: [], dist: true, allowlist: path.join(root, 'scripts', 'electronegativity-allowlist.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-dist') opts.dist = false;
    else if (a === '--scan' && argv[i + 1]) opts.scans.push(path.resolve(argv[++i]));
    else if (a === '--allowlist' && argv[i + 1]) opts.allowlist = path.resolve(argv[++i]);
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (opts.scans.length === 0) {
    opts.scans.push(path.join(root, 'electron'));
    if (opts.dist) {
      if (!existsSync(path.join(root, 'dist', 'main', 'index.cjs'))) {
        throw new Error('dist/ is not built. Run `npm run build` first, or pass --no-dist to scan the sources only.');
      }
      opts.scans.push(path.join(root, 'dist'));
    }
  }
  return opts;
}

/** `*` matches within one path segment, `**` across segments; everything else is literal. */
function globToRegExp(glob) {
  const body = glob
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

function loadAllowlist(file) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must hold an array`);
  return entries.map((e, i) => {
    if (typeof e.check !== 'string' || typeof e.file !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`${file} entry ${i} needs "check", "file" and a "reason" of at least 20 characters`);
    }
    if (e.contains !== undefined && (typeof e.contains !== 'string' || e.contains === '')) {
      throw new Error(`${file} entry ${i}: "contains" must be a non-empty string`);
    }
    return { ...e, pattern: globToRegExp(e.file), used: 0 };
  });
}

// electronegativity's AST walker predates class fields and private members, so the bundles are
// lowered for the scan (the Electron calls it looks for are untouched by lowering).
const LOWERED = {
  'class-field': false,
  'class-private-field': false,
  'class-private-method': false,
  'class-private-accessor': false,
  'class-private-brand-check': false,
  'class-private-static-field': false,
  'class-private-static-method': false,
  'class-private-static-accessor': false,
  'class-static-field': false,
  'class-static-blocks': false,
};

/**
 * electronegativity reads only .js/.ts/.html files, so the bundles (.cjs, .mjs) are copied under .js
 * names into a temporary folder and lowered (LOWERED); findings are mapped back to the real names.
 */
function stage(dir) {
  const staged = mkdtempSync(path.join(os.tmpdir(), 'dossier-en-'));
  const renamed = new Map();
  cpSync(dir, staged, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(js|cjs|mjs)$/.test(entry.name)) {
        const js = p.replace(/\.(cjs|mjs)$/, '.js');
        const lowered = transformSync(readFileSync(p, 'utf8'), { loader: 'js', supported: LOWERED, legalComments: 'inline' }).code;
        rmSync(p);
        writeFileSync(js, lowered);
        if (js !== p) renamed.set(path.relative(staged, js).split(path.sep).join('/'), path.relative(staged, p).split(path.sep).join('/'));
      }
    }
  };
  walk(staged);
  return { staged, renamed };
}

async function scan(dir, electronVersion) {
  const run = require('@doyensec/electronegativity');
  const { staged, renamed } = stage(dir);
  const label = path.relative(root, dir).split(path.sep).join('/') || '.';
  try {
    const result = await run({
      input: staged,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      customScan: [],
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    });
    const unparsed = result.errors.filter((e) => !e.tolerable);
    const findings = result.issues.map((issue) => {
      const rel = issue.file === 'N/A' ? null : issue.file.split(path.sep).join('/');
      return {
        check: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: rel === null ? label : `${label}/${renamed.get(rel) ?? rel}`,
        line: issue.location?.line ?? 0,
        sample: typeof issue.sample === 'string' ? issue.sample : '',
        description: issue.description,
      };
    });
    return { label, findings, unparsed: unparsed.map((e) => `${e.file}: ${e.message}`) };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

async function main(argv) {
  const opts = parseArgs(argv);
  const allowlist = loadAllowlist(opts.allowlist);
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  let failures = 0;
  for (const dir of opts.scans) {
    if (!existsSync(dir)) throw new Error(`Nothing to scan at ${dir}`);
    const { label, findings, unparsed } = await scan(dir, electronVersion);
    console.log(`electronegativity ${label}/ (Electron ${electronVersion}): ${findings.length} finding(s); lines in .js bundles refer to the lowered copy`);
    for (const message of unparsed) {
      failures++;
      console.log(`  FAIL  could not parse, so not checked: ${message}`);
    }
    for (const f of findings) {
      const serious = SEVERITY_ORDER.indexOf(f.severity) >= FAIL_AT || ALWAYS_FAIL.has(f.check);
      // `contains` pins an entry to the flagged code itself, so a new finding in the same bundle is not waved through.
      const allowed = allowlist.find(
        (e) => e.check === f.check && e.pattern.test(f.file) && (e.contains === undefined || f.sample.includes(e.contains)),
      );
      if (allowed) allowed.used++;
      const status = !serious ? 'info' : allowed ? 'ok' : 'FAIL';
      if (status === 'FAIL') failures++;
      console.log(`  ${status.padEnd(4)}  ${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.line}  ${f.description}`);
      if (status === 'ok') console.log(`        allowed: ${allowed.reason}`);
      if (status === 'FAIL' && f.sample) console.log(`        code: ${f.sample.trim().slice(0, 200)}`);
    }
  }
  for (const e of allowlist.filter((x) => x.used === 0)) {
    console.log(`  note  allowlist entry matched nothing in this run: ${e.check} ${e.file}`);
  }
  if (failures > 0) {
    console.error(`${failures} unexplained finding(s). Fix them, or add an honest reason to ${path.relative(root, opts.allowlist)}.`);
    process.exit(1);
  }
  console.log('electronegativity: no unexplained findings');
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`check-electronegativity: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
});
