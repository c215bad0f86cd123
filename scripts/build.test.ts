import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { build, type BuildOptions, type Metafile } from 'esbuild';

const root = join(import.meta.dirname, '..');

interface BuildModule {
  targets: Record<'main' | 'preload' | 'cli' | 'mainCorroborationWorker' | 'cliCorroborationWorker', BuildOptions>;
  unexpectedExternals(metafile: Metafile, outfile: string, allowed: (id: string) => boolean): string[];
  ALLOWED_EXTERNALS: Record<'main' | 'preload' | 'mainCorroborationWorker', (id: string) => boolean>;
  bundleLikeMain(entry: string, outfile: string): Promise<void>;
}
const load = async () => (await import(pathToFileURL(join(import.meta.dirname, 'build.mjs')).href)) as BuildModule;

test('the preload bundle requires nothing but electron and carries no package code', async () => {
  const { targets } = await load();
  const r = await build({ ...targets.preload, bundle: true, write: false, metafile: true, logLevel: 'silent', absWorkingDir: root });
  const out = Object.values(r.metafile.outputs)[0];
  assert.deepEqual(out?.imports.map((i) => i.path), ['electron']);
  assert.deepEqual(Object.keys(r.metafile.inputs).filter((f) => f.includes('node_modules')), []);
  const text = r.outputFiles?.[0]?.text ?? '';
  assert.doesNotMatch(text, /zod|ipcRenderer\s*[,}]\s*\)|exposeInMainWorld\([^)]*ipcRenderer\)/);
});

// jsdom (8 of 12 MB) would otherwise be parsed at every start, though a start never runs it.
test('main leaves jsdom to a bundle of its own beside it, required on first use', async () => {
  const { targets, ALLOWED_EXTERNALS, unexpectedExternals } = await load();
  const r = await build({ ...targets.main, bundle: true, write: false, metafile: true, logLevel: 'silent', absWorkingDir: root });
  const inputs = Object.keys(r.metafile.inputs);
  assert.ok(inputs.some((i) => i.startsWith('electron/core/export/sanitize-markdown')), 'main still bundles the sanitiser');
  assert.deepEqual(inputs.filter((i) => i.includes('node_modules/jsdom/')), []);
  assert.deepEqual(unexpectedExternals(r.metafile, String(targets.main.outfile), ALLOWED_EXTERNALS.main), []);
  const text = r.outputFiles?.find((f) => f.path.endsWith('index.cjs'))?.text ?? '';
  assert.match(text, /require\("\.\/vendor\/jsdom\.cjs"\)/);
});

test('the corroboration worker bundles carry their dependencies (main) and sit beside the bundle that starts them', async () => {
  const { targets, ALLOWED_EXTERNALS, unexpectedExternals } = await load();
  const worker = targets.mainCorroborationWorker;
  const r = await build({ ...worker, bundle: true, write: false, metafile: true, logLevel: 'silent', absWorkingDir: root });
  assert.deepEqual(unexpectedExternals(r.metafile, String(worker.outfile), ALLOWED_EXTERNALS.mainCorroborationWorker), []);
  assert.equal(join(String(worker.outfile), '..'), join(String(targets.main.outfile), '..'));
  assert.match(String(worker.outfile), /corroboration-worker\.cjs$/);
  assert.equal(join(String(targets.cliCorroborationWorker.outfile), '..'), join(String(targets.cli.outfile), '..'));
  assert.match(String(targets.cliCorroborationWorker.outfile), /corroboration-worker\.mjs$/);
});

// Runs the notebook as main opens it (same options, same esbuild settings: CJS, jsdom patched,
// playwright-core external), in plain Node, through a real export. This is what catches a bundled
// dependency that reads files beside its sources, which would take the app down at start-up.
test(
  'core runs inside the main bundle: open, quote, export markdown and sanitised HTML, search, cite',
  { timeout: 240_000 },
  async () => {
    const { bundleLikeMain } = await load();
    const dir = mkdtempSync(join(os.tmpdir(), 'dossier-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNotebook } from ${JSON.stringify(join(root, 'electron/core/notebook/open-notebook'))};
import { appNotebookOptions } from ${JSON.stringify(join(root, 'electron/main/app-notebook-options'))};
void (async () => {
  const out = join(${JSON.stringify(dir)}, 'briefing.md');
  const nb = await openNotebook({
    ...appNotebookOptions({ userData: join(${JSON.stringify(dir)}, 'user-data'), appRoot: ${JSON.stringify(root)} }),
    ports: { pickSavePath: async () => out },
  });
  const status = await nb.status();
  const b = await nb.createBriefing({ title: 'Bundle check' });
  await nb.addText({ briefingId: b.id, markdown: 'Some **bold** <script>alert(1)</script><img src=x onerror=alert(1)>' });
  await nb.addQuote({ briefingId: b.id, paragraphId: 'russia-india-non-committal-on-s-400:p8' });
  const html = (await nb.previewExport({ briefingId: b.id, format: 'html' })).content;
  const exported = await nb.exportBriefing({ briefingId: b.id, format: 'md' });
  const search = await nb.search({ text: 'S-400' });
  const cite = await nb.citeParagraph({ paragraphId: 'russia-india-non-committal-on-s-400:p8', style: 'apa' });
  const claims = await nb.listClaims({ limit: 5 });
  const related = await nb.relatedParagraphs({ paragraphId: 'russia-india-non-committal-on-s-400:p8' });
  const corroboration = await nb.corroborationStatus();
  await nb.close();
  console.log(JSON.stringify({
    sources: status.sourceCount,
    bold: html.includes('<strong>bold</strong>'),
    unsafe: /<script|onerror/.test(html),
    markdown: readFileSync(out, 'utf8').includes('[^1]'),
    bytes: exported.bytes,
    hits: search.total,
    cite: cite.text,
    claims: claims.total,
    related: related.length,
    corroboration: corroboration.state,
  }));
})().catch((e) => { console.error(e); process.exit(1); });
`,
    );
    const outfile = join(dir, 'bundle.cjs');
    // With what main loads from beside itself (the corroboration worker, jsdom), as npm run build puts them.
    await bundleLikeMain(entry, outfile);
    const r = spawnSync(process.execPath, [outfile], { encoding: 'utf8', env: { ...process.env, DOSSIER_CORPUS: '' } });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
    const got = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    assert.equal(got.sources, 5);
    assert.equal(got.bold, true);
    assert.equal(got.unsafe, false);
    assert.equal(got.markdown, true);
    assert.ok(typeof got.bytes === 'number' && got.bytes > 0);
    assert.ok(typeof got.hits === 'number' && got.hits > 0);
    assert.match(String(got.cite), /para\. 8/);
    assert.ok(typeof got.claims === 'number' && got.claims > 0, 'claims found by the worker bundle');
    assert.ok(typeof got.related === 'number' && got.related > 0);
    assert.equal(got.corroboration, 'ready');
  },
);

// The built CLI finds the corpus and the bundled styles from its own place (two levels under the
// project), not from the source tree, and exports with them.
test('the CLI bundle exports a cited briefing with the bundled styles', { timeout: 120_000 }, async () => {
  const { targets } = await load();
  mkdirSync(join(root, 'dist'), { recursive: true }); // a fresh checkout has no dist/ yet
  const outDir = mkdtempSync(join(root, 'dist', 'cli-check-'));
  const data = mkdtempSync(join(os.tmpdir(), 'dossier-cli-'));
  try {
    const outfile = join(outDir, 'dossier.mjs');
    await build({ ...targets.cli, outfile, bundle: true, logLevel: 'silent', absWorkingDir: root });
    await build({ ...targets.cliCorroborationWorker, outfile: join(outDir, 'corroboration-worker.mjs'), bundle: true, logLevel: 'silent', absWorkingDir: root });
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [outfile, '--data', data, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_CORPUS: '' } });
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      return r.stdout.trim();
    };
    const id = run('briefing', 'new', 'Built CLI');
    run('briefing', 'add', id, 'russia-talks-military-equipment-india:p10');
    const out = join(data, 'b.md');
    run('export', id, '--format', 'md', '--style', 'apa', '--out', out);
    assert.match(readFileSync(out, 'utf8'), /Alemdar, M\. \(2021, April 6\)/);
    // Corroboration, through the CLI's own worker bundle.
    const related = JSON.parse(run('related', 'russia-india-non-committal-on-s-400:p8', '--json')) as unknown[];
    assert.ok(Array.isArray(related) && related.length > 0, 'related paragraphs from the worker bundle');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
});
