import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import { NotebookError } from '../../shared/result';
import type { SourceMeta } from '../../shared/types';
import { createCitationEngine } from './citation-engine';

const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

const full: SourceMeta = {
  id: 'alemdar',
  title: 'Russia in talks to manufacture military equipment in India',
  outlet: 'TRT World',
  author: 'Melis Alemdar',
  published: '2021-04-06',
  url: 'https://www.trtworld.com/asia/russia-in-talks-45367',
  language: 'en',
};

/** Every combination of known and unknown details. */
const FIELDS = ['title', 'outlet', 'author', 'published', 'url'] as const;
const allCombinations: SourceMeta[] = Array.from({ length: 2 ** FIELDS.length }, (_, mask) => {
  const s: SourceMeta = { ...full, id: `combo-${mask}` };
  FIELDS.forEach((f, bit) => {
    if (mask & (1 << bit)) s[f] = '';
  });
  return s;
});

/** What a citation must never contain, however little is known. */
const BROKEN = [
  /undefined|null|NaN|\[object/,
  /\(\s*\)|\[\s*\]|“\s*”|‘\s*’/,
  /[,;:]\s*[,;:.]/,
  /\s[,.;:]/,
  /\.\s*\.(?!\.)/,
  /^\s*[,.;:]/,
  /\s{2,}/,
];
const assertClean = (text: string, what: string) => {
  assert.ok(text.length > 0, `${what}: empty`);
  for (const bad of BROKEN) assert.doesNotMatch(text, bad, `${what}: ${text}`);
};

/** A real independent style from the citation-js bundle, written out as a user's .csl file. */
const harvardFile = (dir: string) => {
  const path = join(dir, 'harvard-cite-them-right.csl');
  writeFileSync(path, plugins.config.get('@csl').styles.get('harvard1') as string);
  return path;
};

test('the bundled styles are listed, Chicago first', () => {
  const styles = createCitationEngine().listStyles();
  assert.deepEqual(
    styles.map((s) => [s.id, s.builtin]),
    [
      ['chicago', true],
      ['apa', true],
    ],
  );
  assert.match(styles[0]?.name ?? '', /Chicago/);
  assert.equal(styles[1]?.name, 'APA Style 7th edition');
});

test('APA cites the paragraph as "para. n" in an in-text citation', () => {
  const engine = createCitationEngine();
  assert.equal(engine.cite(full, 4, 'apa'), '(Alemdar, 2021, para. 4)');
  const r = engine.formatCitations({ styleId: 'apa', sources: [full], notes: [{ sourceId: full.id, paragraphN: 4 }] });
  assert.equal(
    r.bibliography[0]?.text,
    'Alemdar, M. (2021, April 6). Russia in talks to manufacture military equipment in India. TRT World. https://www.trtworld.com/asia/russia-in-talks-45367',
  );
  assert.deepEqual(
    r.bibliography[0]?.runs.filter((run) => run.italic).map((run) => run.text),
    ['TRT World'],
  );
});

test('APA tells apart two works by one author in one year (2021a, 2021b) across the whole set', () => {
  const other = { ...full, id: 'other', title: 'India makes initial payment' };
  const r = createCitationEngine().formatCitations({
    styleId: 'apa',
    sources: [full, other],
    notes: [
      { sourceId: 'alemdar', paragraphN: 7 },
      { sourceId: 'other', paragraphN: 2 },
    ],
  });
  assert.deepEqual(
    r.notes.map((n) => n.text),
    ['(Alemdar, 2021b, para. 7)', '(Alemdar, 2021a, para. 2)'],
  );
  assert.equal(r.bibliography.length, 2);
});

test('missing details never print "undefined", empty brackets or stray punctuation, in any style', async () => {
  const dir = tempDir();
  const engine = createCitationEngine({ userStylesDir: join(dir, 'styles') });
  const harvard = await engine.addStyle(harvardFile(dir));
  for (const styleId of ['chicago', 'apa', harvard.id]) {
    const r = engine.formatCitations({
      styleId,
      sources: allCombinations,
      notes: allCombinations.map((s, i) => ({ sourceId: s.id, paragraphN: i + 1 })),
    });
    r.notes.forEach((n, i) => {
      assertClean(n.text, `${styleId} note ${i + 1}`);
      assert.match(n.text, new RegExp(`\\b${i + 1}\\b`), `${styleId} note ${i + 1} names its paragraph: ${n.text}`);
    });
    assert.equal(r.bibliography.length, allCombinations.length);
    for (const b of r.bibliography) assertClean(b.text, `${styleId} bibliography ${b.sourceId}`);
    // Untitled sources are cited by the same description everywhere.
    for (const b of r.bibliography) {
      const untitled = allCombinations.find((s) => s.id === b.sourceId)?.title === '';
      assert.equal(b.text.includes('Untitled article'), untitled, `${styleId}: ${b.text}`);
    }
  }
});

test('markup in metadata reaches the runs as plain characters, never as entities or tags to trust', () => {
  const hostile: SourceMeta = { ...full, title: '<script>alert(1)</script> & <img src=x onerror=alert(2)>' };
  const engine = createCitationEngine();
  for (const styleId of ['chicago', 'apa']) {
    const r = engine.formatCitations({ styleId, sources: [hostile], notes: [{ sourceId: hostile.id, paragraphN: 1 }] });
    const text = r.bibliography[0]?.text ?? '';
    // (Chicago title-cases the title, tags and all: it is only text.)
    assert.ok(text.toLowerCase().includes('<script>alert(1)</script> & <img src=x onerror=alert(2)>'), text);
    assert.doesNotMatch(text, /&#|&amp;|&lt;/, text);
  }
});

test('an unknown style is refused with the list of installed styles', () => {
  assert.throws(
    () => createCitationEngine().cite(full, 1, 'mla'),
    (e: unknown) => e instanceof NotebookError && e.code === 'NOT_FOUND' && /"mla".*chicago, apa/.test(e.message),
  );
});

test('a note on a source that was not passed in is refused', () => {
  assert.throws(
    () => createCitationEngine().formatCitations({ styleId: 'chicago', sources: [], notes: [{ sourceId: 'ghost', paragraphN: 1 }] }),
    (e: unknown) => e instanceof NotebookError && /"ghost"/.test(e.message),
  );
});

test('no notes: nothing to format', () => {
  const r = createCitationEngine().formatCitations({ styleId: 'chicago', sources: [full], notes: [] });
  assert.deepEqual([r.notes, r.bibliography], [[], []]);
});

test('a user style is checked, kept as <dir>/<id>.csl, listed and used; a new engine finds it again', async () => {
  const dir = tempDir();
  const stylesDir = join(dir, 'styles');
  const engine = createCitationEngine({ userStylesDir: stylesDir });
  const info = await engine.addStyle(harvardFile(dir));
  assert.deepEqual(info, { id: 'harvard-cite-them-right', name: 'Cite Them Right 12th edition (author-date/Harvard)', builtin: false });
  assert.deepEqual(readdirSync(stylesDir), ['harvard-cite-them-right.csl']);
  assert.deepEqual(
    engine.listStyles().map((s) => s.id),
    ['chicago', 'apa', 'harvard-cite-them-right'],
  );
  assert.equal(engine.cite(full, 3, info.id), '(Alemdar, 2021, para. 3)');

  const reopened = createCitationEngine({ userStylesDir: stylesDir });
  assert.deepEqual(reopened.listStyles()[2], info);
  assert.equal(reopened.cite(full, 3, info.id), '(Alemdar, 2021, para. 3)');
});

test('a user style with the id of a bundled style does not replace it', async () => {
  const dir = tempDir();
  const engine = createCitationEngine({ userStylesDir: join(dir, 'styles') });
  const path = join(dir, 'apa.csl');
  writeFileSync(path, plugins.config.get('@csl').styles.get('apa') as string);
  const info = await engine.addStyle(path);
  assert.equal(info.id, 'apa-custom');
  assert.equal(engine.listStyles().find((s) => s.id === 'apa')?.builtin, true);
});

test('invalid style files are refused with the file name and the reason, and nothing is kept', async () => {
  const dir = tempDir();
  const stylesDir = join(dir, 'styles');
  const engine = createCitationEngine({ userStylesDir: stylesDir });
  const cases: [string, string, RegExp][] = [
    ['notes.txt', 'just some text', /not well-formed XML/],
    ['page.csl', '<html><body>hi</body></html>', /root element/],
    ['broken.csl', '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>x</title>', /not well-formed/],
    [
      'dependent.csl',
      '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Dep</title><id>http://www.zotero.org/styles/dep</id><link href="http://www.zotero.org/styles/apa" rel="independent-parent"/></info></style>',
      /dependent style.*styles\/apa/,
    ],
    [
      'empty-layout.csl',
      '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Blank</title><id>blank</id></info><citation><layout></layout></citation></style>',
      /printed nothing usable/,
    ],
  ];
  for (const [name, xml, why] of cases) {
    const path = join(dir, name);
    writeFileSync(path, xml);
    await assert.rejects(
      engine.addStyle(path),
      (e: unknown) => e instanceof NotebookError && e.code === 'INVALID_INPUT' && e.message.includes(`"${name}"`) && why.test(e.message),
      name,
    );
  }
  await assert.rejects(engine.addStyle(join(dir, 'missing.csl')), (e: unknown) => e instanceof NotebookError && e.code === 'IO');
  assert.deepEqual(
    engine.listStyles().map((s) => s.id),
    ['chicago', 'apa'],
  );
  assert.throws(() => readdirSync(stylesDir), /ENOENT/);
});

test('a file over the size limit is refused before it is read, and nothing is kept', async () => {
  const dir = tempDir();
  const stylesDir = join(dir, 'styles');
  const path = join(dir, 'huge.csl');
  writeFileSync(path, Buffer.alloc(1_000_001, 0x20));
  await assert.rejects(
    createCitationEngine({ userStylesDir: stylesDir }).addStyle(path),
    (e: unknown) => e instanceof NotebookError && e.code === 'INVALID_INPUT' && /"huge\.csl".*larger than 1 MB/.test(e.message),
  );
  assert.throws(() => readdirSync(stylesDir), /ENOENT/);
});

test('a user style can be removed: its file is deleted and a new engine does not list it', async () => {
  const dir = tempDir();
  const stylesDir = join(dir, 'styles');
  const engine = createCitationEngine({ userStylesDir: stylesDir });
  const info = await engine.addStyle(harvardFile(dir));
  await engine.removeStyle(info.id);
  assert.deepEqual(readdirSync(stylesDir), []);
  assert.deepEqual(engine.listStyles().map((s) => s.id), ['chicago', 'apa']);
  assert.throws(() => engine.cite(full, 3, info.id), (e: unknown) => e instanceof NotebookError && e.code === 'NOT_FOUND');
  assert.deepEqual(createCitationEngine({ userStylesDir: stylesDir }).listStyles().map((s) => s.id), ['chicago', 'apa']);
});

test('bundled styles cannot be removed, and an unknown style is NOT_FOUND', async () => {
  const engine = createCitationEngine({ userStylesDir: join(tempDir(), 'styles') });
  await assert.rejects(engine.removeStyle('chicago'), (e: unknown) => e instanceof NotebookError && e.code === 'FORBIDDEN' && /bundled/.test(e.message));
  await assert.rejects(engine.removeStyle('mla'), (e: unknown) => e instanceof NotebookError && e.code === 'NOT_FOUND');
  assert.deepEqual(engine.listStyles().map((s) => s.id), ['chicago', 'apa']);
});

test('without a user styles folder, adding a style is refused', async () => {
  const dir = tempDir();
  await assert.rejects(createCitationEngine().addStyle(harvardFile(dir)), (e: unknown) => e instanceof NotebookError && e.code === 'FORBIDDEN');
});

test('the bundled Chicago style is read from builtinStylesDir when given', () => {
  const dir = tempDir();
  const xml = readFileSync(new URL('../../../resources/styles/dossier-chicago-notes.csl', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'dossier-chicago-notes.csl'), xml.replace('<title>Chicago (notes and bibliography, Dossier)</title>', '<title>Moved</title>'));
  assert.equal(createCitationEngine({ builtinStylesDir: dir }).listStyles()[0]?.name, 'Moved');
});
