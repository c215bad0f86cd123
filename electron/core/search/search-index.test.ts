import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { NotebookError } from '../../shared/result';
import type { Paragraph } from '../../shared/types';
import { INDEX_DIR, INDEX_FILE } from './index-cache';
import { createSearchIndex, type SearchIndex, type SearchQuery } from './search-index';

function corpus(sources: Record<string, string[]>): Paragraph[] {
  return Object.entries(sources).flatMap(([sourceId, texts]) =>
    texts.map((text, i) => ({ id: `${sourceId}:p${i + 1}`, sourceId, n: i + 1, text, hash: String(i), kind: 'body' as const })),
  );
}

const NEWS = corpus({
  'india-russia': [
    'Russian Foreign Minister Sergei Lavrov arrived in New Delhi on Monday.',
    'Foreign trade rose sharply, while the minister of agriculture resigned over the grain deal.',
    'At the summit on Tuesday, India’s foreign minister said the S-400 deal would go ahead.',
    'Sanctions against Russia’s energy sector were discussed.',
  ],
  'turkey-talks': [
    'Turkish President Recep Tayyip Erdoğan met the delegation in Ankara.',
    'ERDOGAN SAID THE CORRIDOR WOULD REOPEN.',
    "Russia's envoy denied the reports.",
    'The café owners of Zürich protested.',
  ],
  'sanctions-brief': ['Lavrov rejected the sanctions.', 'Lavrentiy Beria is not Lavrov.', 'A paragraph about nothing in particular.'],
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

async function openIndex(paragraphs: Paragraph[], cacheDir = tempDir(), fingerprint = 'fp-1') {
  const index = createSearchIndex({ cacheDir, fingerprint });
  const opened = await index.open(() => paragraphs);
  return { index, opened, cacheDir };
}

const ids = (index: SearchIndex, text: string, extra: Partial<SearchQuery> = {}) =>
  index.search({ text, limit: 50, offset: 0, ...extra }).hits.map((h) => h.paragraphId);
const sorted = (a: string[]) => [...a].sort();

test('all words must match (AND), as whole words, case-insensitively', async () => {
  const { index } = await openIndex(NEWS);
  assert.deepEqual(sorted(ids(index, 'lavrov delhi ')), ['india-russia:p1']);
  assert.deepEqual(sorted(ids(index, 'LAVROV ')), ['india-russia:p1', 'sanctions-brief:p1', 'sanctions-brief:p2']);
  assert.deepEqual(ids(index, 'lavrov ankara '), []);
  assert.deepEqual(ids(index, 'russian '), ['india-russia:p1']);
});

test('accents, curly and straight apostrophes are matched alike', async () => {
  const { index } = await openIndex(NEWS);
  const erdogan = ['turkey-talks:p1', 'turkey-talks:p2'];
  assert.deepEqual(sorted(ids(index, 'erdogan ')), erdogan);
  assert.deepEqual(sorted(ids(index, 'Erdoğan ')), erdogan);
  assert.deepEqual(sorted(ids(index, 'zurich cafe ')), ['turkey-talks:p4']);
  const russias = ['india-russia:p4', 'turkey-talks:p3'];
  assert.deepEqual(sorted(ids(index, "russia's ")), russias);
  assert.deepEqual(sorted(ids(index, 'Russia’s ')), russias);
});

test('quoted phrases must occur verbatim; scattered words do not count', async () => {
  const { index } = await openIndex(NEWS);
  assert.deepEqual(sorted(ids(index, '"foreign minister"')), ['india-russia:p1', 'india-russia:p3']);
  assert.deepEqual(ids(index, '“foreign minister” india'), ['india-russia:p3']);
  assert.deepEqual(ids(index, '"minister foreign"'), []);
  assert.deepEqual(ids(index, '"S-400 deal"'), ['india-russia:p3']);
  assert.deepEqual(ids(index, '"s 400 deal"'), ['india-russia:p3']);
});

test('the last word is a prefix while it is being typed', async () => {
  const { index } = await openIndex(NEWS);
  assert.deepEqual(sorted(ids(index, 'lavr')), ['india-russia:p1', 'sanctions-brief:p1', 'sanctions-brief:p2']);
  assert.deepEqual(ids(index, 'lavr '), []);
  assert.deepEqual(ids(index, 'sergei lavr'), ['india-russia:p1']);
  assert.deepEqual(ids(index, 'beria lavr'), ['sanctions-brief:p2']);
});

test('the exact phrase outranks the same words scattered, even when those come first', async () => {
  const { index } = await openIndex(NEWS);
  const hits = ids(index, 'foreign minister ');
  assert.deepEqual(hits.slice(0, 2).sort(), ['india-russia:p1', 'india-russia:p3']);
  assert.equal(hits[2], 'india-russia:p2');
  const page = index.search({ text: 'foreign minister ', limit: 3, offset: 0 });
  assert.ok((page.hits[1]?.score ?? 0) > (page.hits[2]?.score ?? 0));
});

test('an early match outranks a late one; equal scores fall back to paragraph-id order', async () => {
  const paragraphs = corpus({
    b: ['Lavrov spoke first.', 'Later that day, after a long meeting with officials, Lavrov spoke.'],
    a: ['x', 'Lavrov spoke first.', ...Array.from({ length: 8 }, () => 'filler'), 'Lavrov spoke first.'],
  });
  const { index } = await openIndex(paragraphs);
  assert.deepEqual(ids(index, 'lavrov '), ['a:p2', 'a:p11', 'b:p1', 'b:p2']);
});

test('the filter decides, total counts after it, and deep matches are still found', async () => {
  const many: Record<string, string[]> = {};
  for (let s = 0; s < 120; s++) many[`s${String(s).padStart(3, '0')}`] = ['Sanctions on Russia were tightened.', 'Sanctions again.'];
  // The wanted source mentions sanctions late in long paragraphs: it ranks last without a filter.
  many['zz-target'] = ['A long report on grain, trade, shipping and finally sanctions.', 'More shipping news, then sanctions.'];
  const { index } = await openIndex(corpus(many));
  const all = index.search({ text: 'sanctions ', limit: 10, offset: 0 });
  assert.equal(all.total, 242);
  assert.ok(!all.hits.some((h) => h.paragraphId.startsWith('zz-target')));
  const only = index.search({ text: 'sanctions ', limit: 10, offset: 0, filter: (p) => p.sourceId === 'zz-target' });
  assert.equal(only.total, 2);
  assert.deepEqual(sorted(only.hits.map((h) => h.paragraphId)), ['zz-target:p1', 'zz-target:p2']);
  const byId = index.search({ text: 'sanctions ', limit: 10, offset: 0, filter: (p) => p.id === 's007:p2' });
  assert.deepEqual(byId, { total: 1, hits: [{ paragraphId: 's007:p2', score: byId.hits[0]?.score ?? -1 }] });
});

test('pages cover the whole result once, in one stable order', async () => {
  const many: Record<string, string[]> = {};
  for (let s = 0; s < 40; s++) many[`src-${s}`] = [`Sanctions ${'word '.repeat(s % 7)}on Russia.`, 'Russia and sanctions.', 'Nothing.'];
  const { index } = await openIndex(corpus(many));
  const whole = index.search({ text: 'russia sanctions ', limit: 1000, offset: 0 });
  assert.equal(whole.total, 80);
  const paged: string[] = [];
  for (let offset = 0; offset < 90; offset += 7) {
    const page = index.search({ text: 'russia sanctions ', limit: 7, offset });
    assert.equal(page.total, 80);
    paged.push(...page.hits.map((h) => h.paragraphId));
  }
  assert.deepEqual(paged, whole.hits.map((h) => h.paragraphId));
  assert.deepEqual(index.search({ text: 'russia sanctions ', limit: 0, offset: 0 }), { total: 80, hits: [] });
});

test('an empty query, or one with only punctuation, finds nothing; an enormous one is refused', async () => {
  const { index } = await openIndex(NEWS);
  for (const text of ['', '   ', '""', '— …']) assert.deepEqual(index.search({ text, limit: 10, offset: 0 }), { total: 0, hits: [] });
  const huge = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(' ');
  assert.throws(() => index.search({ text: huge, limit: 10, offset: 0 }), (e: unknown) => e instanceof NotebookError && e.code === 'INVALID_INPUT');
});

test('persistence: the second open loads without building, and searches give the same results', async () => {
  const first = await openIndex(NEWS);
  assert.equal(first.opened.built, true);
  assert.equal(first.opened.reason, 'no saved index');
  const queries = ['lavr', 'foreign minister ', '"foreign minister"', "russia's ", 'erdogan ', 'the '];
  const before = queries.map((text) => first.index.search({ text, limit: 10, offset: 0 }));
  await first.index.close();

  const again = createSearchIndex({ cacheDir: first.cacheDir, fingerprint: 'fp-1' });
  const opened = await again.open(() => {
    throw new Error('paragraphs must not be read when the cache is good');
  });
  assert.equal(opened.built, false);
  assert.deepEqual(
    queries.map((text) => again.search({ text, limit: 10, offset: 0 })),
    before,
  );
});

test('a different fingerprint rebuilds, and says why', async () => {
  const first = await openIndex(NEWS);
  await first.index.close();
  const changed = NEWS.map((p) => (p.id === 'sanctions-brief:p3' ? { ...p, text: 'Now about Lavrov.' } : p));
  const second = await openIndex(changed, first.cacheDir, 'fp-2');
  assert.equal(second.opened.built, true);
  assert.match(second.opened.reason ?? '', /corpus changed/);
  assert.ok(ids(second.index, 'lavrov ').includes('sanctions-brief:p3'));
  await second.index.close();
  assert.equal((await openIndex(changed, first.cacheDir, 'fp-2')).opened.built, false);
});

test('a corrupt cache is rebuilt, never trusted and never fatal', async () => {
  const first = await openIndex(NEWS);
  await first.index.close();
  writeFileSync(join(first.cacheDir, INDEX_DIR, INDEX_FILE), Buffer.alloc(64, 7));
  const second = await openIndex(NEWS, first.cacheDir);
  assert.equal(second.opened.built, true);
  assert.match(second.opened.reason ?? '', /damaged/);
  assert.equal(ids(second.index, 'lavrov ').length, 3);
  await second.index.close();
  assert.equal((await openIndex(NEWS, first.cacheDir)).opened.built, false);
});

test('progress is reported up to the total', async () => {
  const index = createSearchIndex({ cacheDir: tempDir(), fingerprint: 'x' });
  const seen: [number, number][] = [];
  // A generator, not an array: the index counts it first.
  await index.open(
    function* () {
      yield* NEWS;
    },
    (done, total) => seen.push([done, total]),
  );
  assert.deepEqual(seen.at(-1), [NEWS.length, NEWS.length]);
  assert.ok(seen.every(([d, t], i) => t === NEWS.length && (i === 0 || d >= (seen[i - 1]?.[0] ?? 0))));
});

test('an unwritable cache dir still gives a working index, with the save error', async () => {
  const file = join(tempDir(), 'a-file');
  writeFileSync(file, 'x');
  const { index, opened } = await openIndex(NEWS, join(file, 'cache'));
  assert.equal(opened.built, true);
  assert.match(opened.saveError ?? '', /ENOTDIR|EEXIST/);
  assert.equal(ids(index, 'lavrov ').length, 3);
});

test('search before open, closing mid-open, and bad corpus ids are clear errors', async () => {
  const dir = tempDir();
  const index = createSearchIndex({ cacheDir: dir, fingerprint: 'x' });
  assert.throws(() => index.search({ text: 'x', limit: 1, offset: 0 }), /not open yet/);
  const opening = index.open(() => NEWS);
  await index.close();
  await assert.rejects(opening, (e: unknown) => e instanceof NotebookError && e.code === 'CONFLICT');
  assert.throws(() => index.search({ text: 'x', limit: 1, offset: 0 }), /closed/);
  await assert.rejects(index.open(() => NEWS), /closed/);
  assert.ok(!existsSync(join(dir, INDEX_DIR)));
  assert.deepEqual(readdirSync(dir), []);

  const dup = [...NEWS, NEWS[0] as Paragraph];
  await assert.rejects(openIndex(dup), (e: unknown) => e instanceof NotebookError && e.code === 'CORPUS' && /more than once/.test(e.message));
});
