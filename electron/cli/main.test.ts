// The CLI as a real process on a temporary data directory: the whole flow from tagging to export.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '..', '..');
const data = join(mkdtempSync(join(tmpdir(), 'dossier-cli-')), 'notebook');

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/main.ts'), '--data', data, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CORPUS: '' },
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

function ok(...args: string[]) {
  const r = dossier(...args);
  assert.equal(r.code, 0, `dossier ${args.join(' ')} failed: ${r.err}`);
  return r.out;
}

const corpusLine = (file: string, n: number) =>
  readFileSync(join(root, 'resources/corpus', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.replace(/\s/g, '') !== '')[n - 1];

test('tag, build a briefing from two sources, export Markdown with full citations', () => {
  assert.match(ok('sources'), /russia-talks-military-equipment-india/);
  assert.match(ok('show', 'india-desperate-to-get-s-400'), /¶6 \[body\] india-desperate-to-get-s-400:p6/);
  ok('tag', 'russia-india-non-committal-on-s-400:p8', 'Military cooperation');
  ok('tag', 'russia-talks-military-equipment-india:p10', 'military cooperation');
  const tags = JSON.parse(ok('tags', '--json')) as { name: string; count: number }[];
  assert.deepEqual(tags.map((t) => [t.name, t.count]), [['Military cooperation', 2]]);
  assert.match(ok('tagged', 'Military cooperation'), /russia-talks-military-equipment-india:p10/);

  const id = ok('briefing', 'new', 'Lavrov in Delhi', '--author', 'Desk');
  assert.match(id, /^brf_/);
  ok('briefing', 'add', id, 'russia-india-non-committal-on-s-400:p8', '--comment', 'NDTV’s wording.');
  ok('briefing', 'add', id, 'russia-talks-military-equipment-india:p10');
  ok('briefing', 'add', id, 'russia-india-non-committal-on-s-400:p10');
  ok('briefing', 'text', id, 'Both outlets carry the *same* remark.');
  assert.match(ok('briefing', 'list'), /Lavrov in Delhi/);
  assert.match(ok('briefing', 'show', id), /Comment: NDTV’s wording\./);

  const out = join(data, '..', 'out', 'briefing.md');
  assert.match(ok('export', id, '--format', 'md', '--out', out), /Wrote .*briefing\.md/);
  const md = readFileSync(out, 'utf8');
  for (const [file, n] of [
    ['000_6612f3cf42d3530b.txt', 8],
    ['004_257232653489b4aa.txt', 10],
    ['000_6612f3cf42d3530b.txt', 10],
  ] as const) {
    const text = corpusLine(file, n);
    assert.ok(text && md.includes(text.replace(/\*/g, '\\*')), `quote ¶${n} of ${file} is verbatim in the export`);
  }
  assert.match(md, /\[\^1\]/);
  assert.match(md, /para\. 8|¶ ?8|8\./);
  assert.match(md, /Russia in talks to manufacture military equipment in India/i);
  assert.match(md, /Melis Alemdar/);
  assert.match(md, /2021/);
  assert.match(md, /## Sources/);
  assert.match(md, /Both outlets carry the \*same\* remark\./);
});

test('bad ids and arguments print one clear line and exit non-zero', () => {
  const unknown = dossier('tag', 'russia-talks-military-equipment-india:p99', 'x');
  assert.equal(unknown.code, 1);
  assert.equal(unknown.err.split('\n').length, 1);
  assert.match(unknown.err, /^dossier: No paragraph "russia-talks-military-equipment-india:p99": source .* has 20 paragraphs\.$/);
  const usage = dossier('briefing', 'add', 'only-one-arg');
  assert.equal(usage.code, 2);
  assert.match(usage.err, /Usage: dossier briefing add/);
  const long = dossier('tag', 'russia-talks-military-equipment-india:p10', 'y'.repeat(10_000));
  assert.equal(long.code, 2);
  assert.match(long.err, /at most 80 characters/);
  assert.equal(dossier('frobnicate').code, 2);
  assert.equal(dossier('--nope').code, 2);
  assert.match(ok('--help'), /dossier export <briefingId>/);
});

test('the CLI refuses to write while another process holds the notebook', async () => {
  const { openNotebook } = await import('../core/notebook/open-notebook');
  const nb = await openNotebook({ dataDir: data, corpusDir: join(root, 'resources/corpus') });
  try {
    const r = dossier('tag', 'russia-talks-military-equipment-india:p10', 'Locked out');
    assert.equal(r.code, 1);
    assert.match(r.err, /open in another Dossier process/);
    assert.match(ok('tags'), /Military cooperation/, 'reading still works');
  } finally {
    await nb.close();
  }
});

test('a style file added with `style add` is listed by `styles` and taken by `export --style`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-style-'));
  const file = join(dir, 'pilcrow.csl');
  const chicago = readFileSync(join(root, 'resources/styles/dossier-chicago-notes.csl'), 'utf8');
  writeFileSync(
    file,
    chicago
      .replace('<title>Chicago (notes and bibliography, Dossier)</title>', '<title>Pilcrow notes</title>')
      .replace('urn:dossier:style:dossier-chicago-notes', 'urn:test:style:pilcrow-notes')
      .replace('<single>para.</single>', '<single>¶</single>'),
  );
  assert.equal(ok('style', 'add', file), 'pilcrow-notes');
  assert.match(ok('styles'), /^pilcrow-notes\s+added\s+Pilcrow notes$/m);
  assert.match(ok('styles'), /^chicago\s+bundled\s+.*\(default\)$/m);

  const id = ok('briefing', 'new', 'Pilcrow check');
  ok('briefing', 'add', id, 'russia-india-non-committal-on-s-400:p8');
  const out = join(dir, 'pilcrow.md');
  ok('export', id, '--format', 'md', '--out', out, '--style', 'pilcrow-notes');
  assert.match(readFileSync(out, 'utf8'), /^\[\^1\]: .*¶ 8\.$/m);

  const broken = join(dir, 'broken.csl');
  writeFileSync(broken, '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>x</title>');
  const refused = dossier('style', 'add', broken);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /^dossier: "broken\.csl" is not a usable CSL style: it is not well-formed XML/);

  assert.equal(ok('style', 'remove', 'pilcrow-notes'), 'Removed pilcrow-notes.');
  assert.doesNotMatch(ok('styles'), /pilcrow/);
  const gone = dossier('export', id, '--format', 'md', '--out', out, '--style', 'pilcrow-notes');
  assert.equal(gone.code, 1);
  assert.match(gone.err, /No citation style "pilcrow-notes"/);
});

test('`related` lists other sources’ paragraphs with kind and score; `claims` shows sources, wire copies and discrepancies', () => {
  const related = ok('related', 'russia-india-non-committal-on-s-400:p8');
  assert.match(related, /^\d+ paragraphs in \d+ other sources report russia-india-non-committal-on-s-400:p8:/);
  assert.match(related, /^india-desperate-to-get-s-400:p6 {2}same quote {2}1\.00 {2}¶6 of “India desperate to get S-400/m);
  const json = JSON.parse(ok('related', 'russia-india-non-committal-on-s-400:p8', '--json')) as { paragraph: { id: string }; kind: string; score: number }[];
  assert.ok(json.some((r) => r.paragraph.id === 'russia-talks-military-equipment-india:p10' && r.kind === 'quote' && r.score > 0.5));
  assert.equal(ok('related', 'russia-india-non-committal-on-s-400:p13'), 'No other source reports russia-india-non-committal-on-s-400:p13.');
  assert.match(ok('related', 'india-russia-firm-on-s-400-deal:p4'), /^russia-talks-military-equipment-india:p3 {2}same fact {3}\d\.\d\d \(through the claim\) {2}¶3 of/m);

  const claims = ok('claims');
  assert.match(claims, /^\d+ claims\. \* marks the paragraph to quote/);
  assert.match(claims, /russia-talks-military-equipment-india:p10 .*\[wire copy: Reuters\]/);
  assert.match(claims, /earliest report russia-india-non-committal-on-s-400:p3; an undated source may be earlier/);
  const only = ok('claims', '--discrepancies-only', '--source', 'india-desperate-to-get-s-400');
  assert.match(only, /date:\n(?: {6}.*\n)*? {6}india-desperate-to-get-s-400:p4: “next year” \(read as 2022\)/);
  assert.match(only, /russia-india-non-committal-on-s-400:p10: “later in the year”/);
  const page = JSON.parse(ok('claims', '--json', '--limit', '1')) as { total: number; items: { sourceCount: number; independentSources: number; discrepancies: unknown[] }[] };
  assert.equal(page.items.length, 1);
  assert.ok(page.total > 1 && (page.items[0]?.independentSources ?? 0) >= 3);

  const bad = dossier('related', 'russia-india-non-committal-on-s-400:p99');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^dossier: No paragraph "russia-india-non-committal-on-s-400:p99"/);
  assert.equal(dossier('related').code, 2);
  assert.equal(dossier('claims', '--source', 'nope').code, 1);
  assert.match(ok('--help'), /dossier related <paragraphId>[\s\S]*dossier claims \[--source ID\]/);
});

test('`export --also-reported --agreement` adds the other sources to the notes and the Source agreement appendix', () => {
  const id = ok('briefing', 'new', 'Who reports what');
  ok('briefing', 'add', id, 'russia-india-non-committal-on-s-400:p10');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-corroboration-'));
  ok('export', id, '--format', 'md', '--out', join(dir, 'plain.md'));
  assert.doesNotMatch(readFileSync(join(dir, 'plain.md'), 'utf8'), /Also reported by|Source agreement/);
  ok('export', id, '--format', 'md', '--out', join(dir, 'both.md'), '--also-reported', '--agreement');
  const md = readFileSync(join(dir, 'both.md'), 'utf8');
  assert.match(md, /^\[\^1\]: .*para\. 10\. Also reported by: .*“India desperate to get S-400, what is Russia saying\?” \(April 6, 2021\), ¶¶\u00a04, 7/m);
  assert.match(md, /\n## Source agreement\n[\s\S]*\*\*next year\*\*/);
  assert.match(ok('--help'), /--also-reported/);
});
