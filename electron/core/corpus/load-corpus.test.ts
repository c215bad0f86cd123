import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotebookError } from '../../shared/result';
import type { ParagraphKind } from '../../shared/types';
import type { Corpus } from './corpus';
import { corpusCachePath } from './corpus-cache';
import { checksumMatches, decodeCorpusCache, encodeCorpusCache } from './corpus-cache-file';
import { hashText } from './hash-text';
import { loadCorpus } from './load-corpus';
import { ParagraphTableBuilder } from './paragraph-table';

const BUNDLED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/corpus');

const created: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-'));
  created.push(dir);
  return dir;
};
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});
const copyBundled = (): string => {
  const dir = tempDir();
  cpSync(BUNDLED, dir, { recursive: true });
  return dir;
};
const writeManifest = (dir: string, sources: object[]): void =>
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, sources }, null, 2));
const entry = (id: string, file: string, over: object = {}) => ({ id, title: '', outlet: '', author: '', published: '', language: 'en', file, ...over });

async function rejectsCorpus(dir: string, ...fragments: string[]): Promise<void> {
  await assert.rejects(loadCorpus(dir), (e: unknown) => {
    assert.ok(e instanceof NotebookError, String(e));
    assert.equal(e.code, 'CORPUS');
    for (const f of fragments) assert.ok(e.message.includes(f), `"${e.message}" should include "${f}"`);
    return true;
  });
}

/** "1 byline, 6-15 body" → kinds by paragraph number. */
function expand(spec: string): ParagraphKind[] {
  const kinds: ParagraphKind[] = [];
  for (const part of spec.split(',')) {
    const [range, kind] = part.trim().split(' ') as [string, ParagraphKind];
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    for (let n = from; n <= to; n++) kinds[n - 1] = kind;
  }
  return kinds;
}

const EXPECTED = [
  { file: '000_6612f3cf42d3530b.txt', id: 'russia-india-non-committal-on-s-400', count: 16, kinds: '1 byline, 2 title, 3 standfirst, 4 title, 5 standfirst, 6-15 body, 16 boilerplate' },
  { file: '001_644bd4d07c5c6ddf.txt', id: 'lavrov-jaishankar-key-takeaways', count: 17, kinds: '1-8 body, 9 caption, 10-17 body' },
  {
    file: '002_3997130cec943da5.txt',
    id: 'india-russia-firm-on-s-400-deal',
    count: 41,
    kinds: '1 title, 2 boilerplate, 3 title, 4 standfirst, 5 caption, 6 caption, 7-21 body, 22 boilerplate, 23-31 body, 32 boilerplate, 33-39 body, 40 byline, 41 boilerplate',
  },
  { file: '003_4197f04110c4ab2c.txt', id: 'india-desperate-to-get-s-400', count: 13, kinds: '1 byline, 2 title, 3-12 body, 13 boilerplate' },
  {
    file: '004_257232653489b4aa.txt',
    id: 'russia-talks-military-equipment-india',
    count: 20,
    kinds: '1 byline, 2 title, 3 standfirst, 4 caption, 5 byline, 6 byline, 7-11 body, 12 boilerplate, 13 boilerplate, 14 boilerplate, 15-19 body, 20 boilerplate',
  },
];

test('the bundled corpus: counts, ids, texts, hashes and every kind', async () => {
  const corpus = await loadCorpus(BUNDLED);
  assert.equal(corpus.dir, BUNDLED);
  assert.equal(corpus.paragraphCount, 107);
  assert.deepEqual(corpus.sources.map((s) => s.id), EXPECTED.map((e) => e.id));
  assert.ok(corpus.sources.every((s) => s.url === '' && s.outlet === '' && s.language === 'en'));
  assert.equal(corpus.getSource('russia-talks-military-equipment-india')?.meta.author, 'Melis Alemdar');
  assert.equal([...corpus.allParagraphs()].length, 107);

  for (const e of EXPECTED) {
    const source = corpus.getSource(e.id);
    assert.ok(source, e.id);
    const lines = readFileSync(path.join(BUNDLED, e.file), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    assert.equal(source.paragraphs.length, e.count, e.file);
    assert.deepEqual(source.paragraphs.map((p) => p.text), lines, e.file);
    assert.deepEqual(source.paragraphs.map((p) => p.kind), expand(e.kinds), e.file);
    source.paragraphs.forEach((p, i) => {
      assert.equal(p.n, i + 1);
      assert.equal(p.id, `${e.id}:p${i + 1}`);
      assert.equal(p.sourceId, e.id);
      assert.equal(p.hash, hashText(p.text));
      assert.equal(corpus.getParagraph(p.id), p);
      assert.ok(corpus.paragraphsByHash(p.hash).includes(p));
    });
  }
  // The text keeps its inner characters: curly quotes, dashes, NBSPs.
  assert.equal(corpus.getParagraph('india-russia-firm-on-s-400-deal:p1')?.text, 'India, Russia firm on S-400 missiles deal, Moscow now eyes arms unit under ‘Make in India’');
  assert.equal(corpus.getParagraph('lavrov-jaishankar-key-takeaways:p9')?.text, '— Dr. S. Jaishankar (@DrSJaishankar) April 6, 2021');
  // 000 repeats its title and standfirst: same hash, both found.
  assert.deepEqual(corpus.paragraphsByHash(corpus.getParagraph('russia-india-non-committal-on-s-400:p2')?.hash ?? '').map((p) => p.n), [2, 4]);
});

test('hashes are stable across loads and equal for whitespace variants of a text', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'Lavrov said India and Russia agreed.\nSecond paragraph here.\n');
  writeFileSync(path.join(dir, 'b.txt'), '\u00a0Lavrov  said India\u00a0and\tRussia agreed. \n\n\u00a0 \nSecond paragraph  here.');
  writeManifest(dir, [entry('a', 'a.txt'), entry('b', 'b.txt')]);
  const first = await loadCorpus(dir);
  const again = await loadCorpus(dir);
  const a = first.getSource('a')?.paragraphs ?? [];
  const b = first.getSource('b')?.paragraphs ?? [];
  assert.equal(b.length, 2);
  assert.deepEqual(a.map((p) => p.hash), b.map((p) => p.hash));
  assert.equal(b[0]?.text, 'Lavrov  said India\u00a0and\tRussia agreed.');
  assert.deepEqual([...again.allParagraphs()].map((p) => p.hash), [...first.allParagraphs()].map((p) => p.hash));
  assert.deepEqual(first.paragraphsByHash(a[0]?.hash ?? '').map((p) => p.id), ['a:p1', 'b:p1']);
});

test('a BOM is stripped from articles and the manifest', async () => {
  const dir = tempDir();
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  writeFileSync(path.join(dir, 'a.txt'), Buffer.concat([bom, Buffer.from('First line.\nSecond line.\n', 'utf8')]));
  writeFileSync(path.join(dir, 'manifest.json'), Buffer.concat([bom, Buffer.from(JSON.stringify({ version: 1, sources: [entry('a', 'a.txt', { title: 'First line.' })] }))]));
  const corpus = await loadCorpus(dir);
  const p1 = corpus.getParagraph('a:p1');
  assert.equal(p1?.text, 'First line.');
  assert.equal(p1?.hash, hashText('First line.'));
  assert.equal(p1?.kind, 'title');
});

test('manifest kinds override the heuristics; an override past the last paragraph is an error', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'Headline\n\nBody one.\nBody two.\n');
  writeManifest(dir, [entry('a', 'a.txt', { title: 'Headline', kinds: { '2': 'body', '3': 'caption' }, url: 'https://example.org/a' })]);
  const corpus = await loadCorpus(dir);
  assert.deepEqual(corpus.getSource('a')?.paragraphs.map((p) => p.kind), ['title', 'body', 'caption']);
  assert.equal(corpus.sources[0]?.url, 'https://example.org/a');

  writeManifest(dir, [entry('a', 'a.txt', { kinds: { '4': 'body' } })]);
  await rejectsCorpus(dir, path.join(dir, 'manifest.json'), 'sources[0].kinds names paragraph 4', path.join(dir, 'a.txt'), 'only 3 paragraphs');
});

test('a missing manifest names its path', async () => {
  const dir = tempDir();
  await rejectsCorpus(dir, `Cannot read the corpus manifest ${path.join(dir, 'manifest.json')}`, 'does not exist');
  await rejectsCorpus(path.join(dir, 'nowhere'), path.join(dir, 'nowhere', 'manifest.json'));
});

test('an invalid manifest names the file and the field', async () => {
  const dir = copyBundled();
  const manifestPath = path.join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  m.sources[2].published = 'April 2021';
  writeFileSync(manifestPath, JSON.stringify(m));
  await rejectsCorpus(dir, `${manifestPath}: sources[2].published must be an ISO date (YYYY-MM-DD) or empty`);

  writeFileSync(manifestPath, '{ not json');
  await rejectsCorpus(dir, `${manifestPath}: is not valid JSON`);
});

test('duplicate ids, non-slug ids and paths that escape the directory are rejected', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'Text.');
  const manifestPath = path.join(dir, 'manifest.json');
  writeManifest(dir, [entry('a', 'a.txt'), entry('a', 'a.txt')]);
  await rejectsCorpus(dir, manifestPath, 'sources[1].id "a" duplicates sources[0].id');
  writeManifest(dir, [entry('A_b', 'a.txt')]);
  await rejectsCorpus(dir, manifestPath, 'sources[0].id must be a lowercase slug');

  const outside = tempDir();
  writeFileSync(path.join(outside, 'secret.txt'), 'Outside the corpus.');
  for (const file of [path.join(outside, 'secret.txt'), path.relative(dir, path.join(outside, 'secret.txt'))]) {
    writeManifest(dir, [entry('a', file)]);
    await rejectsCorpus(dir, manifestPath, 'sources[0].file must be a relative path inside the corpus directory');
  }
});

test('a missing or unreadable article names its path and source', async () => {
  const dir = copyBundled();
  rmSync(path.join(dir, '003_4197f04110c4ab2c.txt'));
  await rejectsCorpus(dir, `Cannot read the article file ${path.join(dir, '003_4197f04110c4ab2c.txt')}`, 'sources[3] "india-desperate-to-get-s-400"', 'does not exist');

  mkdirSync(path.join(dir, '003_4197f04110c4ab2c.txt'));
  await rejectsCorpus(dir, path.join(dir, '003_4197f04110c4ab2c.txt'), 'is a directory');

  rmSync(path.join(dir, '003_4197f04110c4ab2c.txt'), { recursive: true });
  cpSync(path.join(BUNDLED, '003_4197f04110c4ab2c.txt'), path.join(dir, '003_4197f04110c4ab2c.txt'));
  if (process.getuid?.() !== 0) {
    // root reads files whatever their mode, so this case only exists for other users.
    chmodSync(path.join(dir, '003_4197f04110c4ab2c.txt'), 0o000);
    await rejectsCorpus(dir, path.join(dir, '003_4197f04110c4ab2c.txt'), 'permission denied');
    chmodSync(path.join(dir, '003_4197f04110c4ab2c.txt'), 0o644);
  }
  assert.equal((await loadCorpus(dir)).paragraphCount, 107);
});

test('an article that is empty or not UTF-8 names its path', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), ' \n\u00a0\n');
  writeManifest(dir, [entry('a', 'a.txt')]);
  await rejectsCorpus(dir, path.join(dir, 'a.txt'), 'has no text');
  writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0x41, 0xc3, 0x28]));
  await rejectsCorpus(dir, `${path.join(dir, 'a.txt')} is not valid UTF-8`);
});

test('the fingerprint is stable, ignores the location, and changes with any text or metadata', async () => {
  const dir = copyBundled();
  const base = (await loadCorpus(BUNDLED)).fingerprint;
  assert.match(base, /^[0-9a-f]{64}$/);
  assert.equal((await loadCorpus(dir)).fingerprint, base);

  const article = path.join(dir, '002_3997130cec943da5.txt');
  const original = readFileSync(article);
  writeFileSync(article, Buffer.concat([original, Buffer.from(' ')]));
  const changedText = (await loadCorpus(dir)).fingerprint;
  assert.notEqual(changedText, base);
  writeFileSync(article, original);
  assert.equal((await loadCorpus(dir)).fingerprint, base);

  const manifestPath = path.join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  m.sources[1].outlet = 'An outlet';
  writeFileSync(manifestPath, JSON.stringify(m, null, 2));
  const changedMeta = (await loadCorpus(dir)).fingerprint;
  assert.notEqual(changedMeta, base);
  assert.notEqual(changedMeta, changedText);
});

test('a generated 2,000-article corpus loads', async () => {
  const dir = tempDir();
  const ARTICLES = 2_000;
  const PARAGRAPHS = 20;
  const sources = [];
  for (let a = 0; a < ARTICLES; a++) {
    const file = `articles/${String(a).padStart(5, '0')}.txt`;
    const title = `Generated headline number ${a}`;
    const lines = [title, ...Array.from({ length: PARAGRAPHS - 1 }, (_, p) => `Article ${a} paragraph ${p + 2} says something about the S-400 talks in sentence form, more than a short line.`)];
    if (a === 0) mkdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, file), lines.join('\n\n'));
    sources.push(entry(`gen-${a}`, file, { title, published: '2021-04-06' }));
  }
  writeManifest(dir, sources);
  const corpus = await loadCorpus(dir);
  assert.equal(corpus.sources.length, ARTICLES);
  assert.equal(corpus.paragraphCount, ARTICLES * PARAGRAPHS);
  assert.equal(corpus.sources[1234]?.id, 'gen-1234');
  assert.equal(corpus.getParagraph('gen-1999:p20')?.text.startsWith('Article 1999 paragraph 20 '), true);
  assert.equal(corpus.getParagraph('gen-7:p1')?.kind, 'title');
  assert.equal(corpus.getParagraph('gen-7:p2')?.kind, 'standfirst');
  assert.equal(corpus.getParagraph('gen-7:p3')?.kind, 'body');
});

// The corpus cache: a warm start reads it and stats the articles instead of parsing them.

/** Everything a caller can see of a corpus, to compare a cached load with a fresh one. */
const everything = (c: Corpus) => ({
  fingerprint: c.fingerprint,
  sources: c.sources,
  paragraphs: [...c.allParagraphs()],
});

test('the cache is written on the first load and gives the same corpus on the next', async () => {
  const dir = copyBundled();
  // Articles written long before the cache, as a corpus that is not being edited: a copy made
  // just now can share the cache's clock tick (4 ms on some file systems), and such an article
  // rightly makes the next load check it and refresh the cache.
  const longAgo = new Date(Date.now() - 3_600_000);
  for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), longAgo, longAgo);
  const cacheDir = path.join(tempDir(), 'cache');
  const fresh = everything(await loadCorpus(dir));
  const first = await loadCorpus(dir, { cacheDir });
  const cacheFile = corpusCachePath(cacheDir, dir);
  assert.ok(existsSync(cacheFile), 'the first load wrote the cache');
  const written = statSync(cacheFile).mtimeMs;
  const cached = await loadCorpus(dir, { cacheDir });
  assert.deepEqual(everything(first), fresh);
  assert.deepEqual(everything(cached), fresh);
  assert.equal(statSync(cacheFile).mtimeMs, written, 'an unchanged corpus does not rewrite the cache');
  assert.equal(cached.getParagraph('india-russia-firm-on-s-400-deal:p1')?.text, 'India, Russia firm on S-400 missiles deal, Moscow now eyes arms unit under ‘Make in India’');
  const p = cached.getParagraph('russia-india-non-committal-on-s-400:p2');
  assert.deepEqual(cached.paragraphsByHash(p?.hash ?? '').map((q) => q.n), [2, 4]);
});

/**
 * Rewrites the cache so that article 0's paragraphs say `text` while its recorded digest is
 * `digest`: a load that shows `text` took the article from the cache without reading it.
 */
function plantCache(cacheFile: string, text: string, digest: Buffer): void {
  const c = decodeCorpusCache(readFileSync(cacheFile));
  const b = new ParagraphTableBuilder();
  b.addParsed({ texts: [text], hashes: [hashText(text)], kinds: ['body'] });
  for (let s = 1; s < c.keys.length; s++) b.addFromTable(c.table, s);
  const digests = Buffer.from(c.digests);
  digest.copy(digests, 0);
  writeFileSync(cacheFile, Buffer.concat(encodeCorpusCache({ ...c, digests, table: b.build() })));
}

test('an article whose size, times and inode match the cache is not read; one changed in the cache\'s clock tick is', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'The real text.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'Another article.\n');
  writeManifest(dir, [entry('a', 'a.txt'), entry('b', 'b.txt')]);
  const cacheDir = tempDir();
  await loadCorpus(dir, { cacheDir });
  const cacheFile = corpusCachePath(cacheDir, dir);
  plantCache(cacheFile, 'Only in the cache.', Buffer.alloc(32));
  const { mtime } = statSync(path.join(dir, 'a.txt'));
  utimesSync(cacheFile, new Date(mtime.getTime() + 60_000), new Date(mtime.getTime() + 60_000));
  assert.equal((await loadCorpus(dir, { cacheDir })).getParagraph('a:p1')?.text, 'Only in the cache.');
  // A cache no newer than the article cannot tell a change in the same tick: the file is read, its digest differs, it is parsed.
  utimesSync(cacheFile, new Date(mtime.getTime() - 1000), new Date(mtime.getTime() - 1000));
  const racy = await loadCorpus(dir, { cacheDir });
  assert.equal(racy.getParagraph('a:p1')?.text, 'The real text.');
  assert.equal(racy.fingerprint, (await loadCorpus(dir)).fingerprint);
  assert.equal(racy.getParagraph('b:p1')?.text, 'Another article.');
});

test('an article rewritten to the same size, with its mtime put back, is parsed again', async () => {
  const dir = copyBundled();
  const cacheDir = tempDir();
  const article = path.join(dir, '003_4197f04110c4ab2c.txt');
  const mtime = new Date('2021-04-06T12:00:00Z');
  utimesSync(article, mtime, mtime);
  const before = await loadCorpus(dir, { cacheDir });
  const { size } = statSync(article);
  const text = readFileSync(article, 'utf8');
  const changed = text.replace('S-400', 'S-500');
  assert.notEqual(changed, text);
  writeFileSync(article, changed);
  utimesSync(article, mtime, mtime);
  assert.equal(statSync(article).size, size);
  assert.equal(statSync(article).mtimeMs, mtime.getTime());
  const after = await loadCorpus(dir, { cacheDir });
  assert.notEqual(after.fingerprint, before.fingerprint);
  assert.deepEqual(everything(after), everything(await loadCorpus(dir)));
  assert.ok([...after.allParagraphs()].some((p) => p.sourceId === 'india-desperate-to-get-s-400' && p.text.includes('S-500')));
  // The cache now holds the new text: the next start agrees without parsing it again.
  assert.deepEqual(everything(await loadCorpus(dir, { cacheDir })), everything(after));
});

test('a changed title or kinds in the manifest re-classifies that article; a broken manifest is still refused', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'Lavrov meets Jaishankar in Delhi\nBody one.\n');
  writeManifest(dir, [entry('a', 'a.txt')]);
  const cacheDir = tempDir();
  assert.deepEqual((await loadCorpus(dir, { cacheDir })).getSource('a')?.paragraphs.map((p) => p.kind), ['body', 'body']);
  writeManifest(dir, [entry('a', 'a.txt', { title: 'Lavrov meets Jaishankar in Delhi' })]);
  assert.deepEqual((await loadCorpus(dir, { cacheDir })).getSource('a')?.paragraphs.map((p) => p.kind), ['title', 'standfirst']);
  writeManifest(dir, [entry('a', 'a.txt', { title: 'Lavrov meets Jaishankar in Delhi', kinds: { '2': 'caption' } })]);
  assert.deepEqual((await loadCorpus(dir, { cacheDir })).getSource('a')?.paragraphs.map((p) => p.kind), ['title', 'caption']);
  writeManifest(dir, [entry('a', 'a.txt', { published: 'yesterday' })]);
  await assert.rejects(loadCorpus(dir, { cacheDir }), /sources\[0\]\.published must be an ISO date/);
});

test('a damaged, truncated or foreign cache is never trusted: the corpus comes from the files and the cache is rewritten', async () => {
  const dir = copyBundled();
  const cacheDir = tempDir();
  const truth = everything(await loadCorpus(dir));
  await loadCorpus(dir, { cacheDir });
  const cacheFile = corpusCachePath(cacheDir, dir);
  const good = readFileSync(cacheFile);
  const damaged = Buffer.from(good);
  const textAt = good.indexOf(Buffer.from('Lavrov'));
  assert.ok(textAt > 0);
  damaged.write('Lavrav', textAt);
  const truncated = good.subarray(0, good.length - 100);

  const other = tempDir();
  writeFileSync(path.join(other, 'a.txt'), 'Some other corpus.\n');
  writeManifest(other, [entry('a', 'a.txt')]);
  const otherCache = tempDir();
  await loadCorpus(other, { cacheDir: otherCache });
  const foreign = readFileSync(corpusCachePath(otherCache, other));

  for (const [what, bytes] of [['damaged', damaged], ['truncated', truncated], ['foreign', foreign], ['not a cache', Buffer.from('{}')]] as const) {
    writeFileSync(cacheFile, bytes);
    assert.deepEqual(everything(await loadCorpus(dir, { cacheDir })), truth, what);
    const rewritten = readFileSync(cacheFile);
    assert.equal(await checksumMatches(rewritten), true, `${what}: rewritten whole`);
    assert.equal(decodeCorpusCache(rewritten).corpusDir, dir, what);
  }
});

test('a cache folder that cannot be written still loads the corpus; updateCache false writes nothing', async () => {
  const dir = copyBundled();
  const truth = everything(await loadCorpus(dir));
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, 'not a folder');
  assert.deepEqual(everything(await loadCorpus(dir, { cacheDir: path.join(blocker, 'cache') })), truth);
  const cacheDir = path.join(tempDir(), 'cache');
  assert.deepEqual(everything(await loadCorpus(dir, { cacheDir, updateCache: false })), truth);
  assert.equal(existsSync(cacheDir), false);
});

test('with a cache, a missing article or one replaced by a folder is named as before', async () => {
  const dir = copyBundled();
  const cacheDir = tempDir();
  await loadCorpus(dir, { cacheDir });
  const article = path.join(dir, '003_4197f04110c4ab2c.txt');
  rmSync(article);
  await assert.rejects(loadCorpus(dir, { cacheDir }), (e: unknown) => {
    assert.ok(e instanceof NotebookError && e.code === 'CORPUS');
    assert.equal(e.message, `Cannot read the article file ${article} (sources[3] "india-desperate-to-get-s-400" in manifest.json): the file does not exist.`);
    return true;
  });
  mkdirSync(article);
  await assert.rejects(loadCorpus(dir, { cacheDir }), /is a directory, not a file/);
  rmSync(article, { recursive: true });
  cpSync(path.join(BUNDLED, '003_4197f04110c4ab2c.txt'), article);
  assert.equal((await loadCorpus(dir, { cacheDir })).paragraphCount, 107);
});
