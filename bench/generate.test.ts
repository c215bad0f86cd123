import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadCorpus } from '../electron/core/corpus/load-corpus';
import { openNotebook } from '../electron/core/notebook/open-notebook';
import { generateCorpus, LONG_ARTICLE_PARAGRAPHS, readSentenceSource, type SentenceSource } from './generate-corpus';
import { generateNotebook } from './generate-notebook';
import { BUNDLED_CORPUS, corpusPlan } from './generate';

const ARTICLES = 50;
let root: string;
let src: SentenceSource;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-'));
  src = await readSentenceSource(BUNDLED_CORPUS);
});
after(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a directory, name → bytes. */
const snapshot = (dir: string) => new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

test('the same seed gives the same bytes; another seed gives another corpus', async () => {
  await generateCorpus(join(root, 'a'), corpusPlan(ARTICLES, 1), src);
  await generateCorpus(join(root, 'b'), corpusPlan(ARTICLES, 1), src);
  await generateCorpus(join(root, 'c'), corpusPlan(ARTICLES, 2), src);
  const [a, b, c] = [snapshot(join(root, 'a')), snapshot(join(root, 'b')), snapshot(join(root, 'c'))];
  assert.equal(a.size, ARTICLES + 1);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name) as Buffer), `${name} differs between two runs`);
  assert.notDeepEqual(a.get('manifest.json'), c.get('manifest.json'));
});

test('the corpus loads, and its articles vary in outlet, date, title and length', async () => {
  const dir = join(root, 'valid');
  const summary = await generateCorpus(dir, corpusPlan(ARTICLES, 3), src);
  const corpus = await loadCorpus(dir);
  assert.equal(corpus.sources.length, ARTICLES);
  assert.equal(corpus.paragraphCount, summary.paragraphs);

  const counts = corpus.sources.map((s) => corpus.getSource(s.id)?.paragraphs.length ?? 0);
  assert.ok(counts.includes(LONG_ARTICLE_PARAGRAPHS), 'the first article is a long one');
  assert.deepEqual(summary.longArticles, [corpus.sources[0]?.id]);
  assert.ok(new Set(counts).size >= 15, `paragraph counts vary: ${[...new Set(counts)].join(' ')}`);
  const ordinary = counts.filter((n) => n !== LONG_ARTICLE_PARAGRAPHS);
  const mean = ordinary.reduce((x, y) => x + y, 0) / ordinary.length;
  assert.ok(mean > 8 && mean < 30, `ordinary articles average ${mean} paragraphs`);

  const distinct = (pick: (s: (typeof corpus.sources)[number]) => string) => new Set(corpus.sources.map(pick)).size;
  assert.ok(distinct((s) => s.outlet) >= 8, 'outlets vary');
  assert.ok(distinct((s) => s.published) >= 30, 'dates vary');
  assert.ok(distinct((s) => s.title) >= 45, 'titles vary');
  assert.ok(corpus.sources.some((s) => s.author === '') && corpus.sources.some((s) => s.author !== ''), 'some articles name no author');

  const lengths = [...corpus.allParagraphs()].map((p) => p.text.length);
  assert.ok(Math.min(...lengths) < 60 && Math.max(...lengths) > 600, 'paragraph lengths vary');
  const kinds = new Set([...corpus.allParagraphs()].map((p) => p.kind));
  for (const kind of ['title', 'byline', 'body', 'caption', 'boilerplate']) assert.ok(kinds.has(kind as never), `some paragraph is a ${kind}`);
});

test('the heavy-notebook generator writes a notebook the app opens, the same way twice', async () => {
  const corpusDir = join(root, 'nb-corpus');
  await generateCorpus(corpusDir, corpusPlan(ARTICLES, 4), src);
  const plan = { seed: 4, tags: 40, taggings: 400, bigTagParagraphs: 120, briefings: 3, quotesPerBriefing: 6 };
  const first = await generateNotebook(corpusDir, join(root, 'nb1'), plan);
  await generateNotebook(corpusDir, join(root, 'nb2'), plan);
  assert.ok(readFileSync(join(root, 'nb1', 'notebook.json')).equals(readFileSync(join(root, 'nb2', 'notebook.json'))));
  assert.equal(first.taggings, 400);
  assert.ok(first.nestedTags > 0);

  const nb = await openNotebook({ dataDir: join(root, 'nb1'), corpusDir });
  try {
    assert.deepEqual((await nb.status()).notices, []);
    const tags = await nb.listTags();
    assert.equal(tags.length, 40);
    assert.equal(tags.reduce((n, t) => n + t.count, 0), 400);
    assert.ok(tags.some((t) => t.parentId !== null), 'some tags are nested');
    assert.equal((await nb.paragraphsWithTag({ tagId: first.bigTagId, limit: 1 })).total, 120);
    const briefings = await nb.listBriefings();
    assert.deepEqual(briefings.map((b) => b.quoteCount), [6, 6, 6]);
    const detail = await nb.getBriefing({ id: briefings[0]?.id as string });
    assert.ok(Object.values(detail.quotes).every((q) => q.status === 'ok'));
  } finally {
    await nb.close();
  }
});
