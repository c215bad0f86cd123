import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, loadBundled, NDTV } from './corroboration-test-kit';
import { MinHasher } from './minhash';
import { assembleTable, computeSourceRows, sourceDigest } from './signature-table';

const hasher = new MinHasher();
const none = new Int32Array(0);

test('rows are the eligible paragraphs that have something to compare', async () => {
  const corpus = await loadBundled();
  const rows = computeSourceRows(corpus, NDTV);
  const paragraphs = corpus.getSource(NDTV)?.paragraphs ?? [];
  // Titles, the dateline and the lone "." are left out; every body paragraph and standfirst is in.
  assert.deepEqual(
    rows.paragraphN,
    paragraphs.filter((p) => p.kind === 'body' || p.kind === 'standfirst').map((p) => p.n),
  );
  assert.equal(rows.entry.count, rows.paragraphN.length);
  assert.equal(rows.features.length, rows.paragraphN.length);
});

test('a source digest changes with any paragraph text and nothing else', () => {
  const a = corpusOf({ s: ['The ministers met in Delhi on Tuesday to discuss defence cooperation.'] }, { s: '2021-04-06' });
  const sameText = corpusOf({ s: ['The ministers met in Delhi on Tuesday to discuss defence cooperation.'] }, { s: '2021-04-07' });
  const edited = corpusOf({ s: ['The ministers met in Delhi on Monday to discuss defence cooperation.'] });
  assert.equal(sourceDigest(a, 's'), sourceDigest(sameText, 's'));
  assert.notEqual(sourceDigest(a, 's'), sourceDigest(edited, 's'));
});

test('reused rows copy exactly what fresh ones compute', () => {
  const corpus = corpusOf({
    a: ['India and Russia vowed to deepen military-technical cooperation after talks.', 'short'],
    b: ['Washington warned New Delhi it could face sanctions over the S-400 purchase.'],
  });
  const fresh = assembleTable([computeSourceRows(corpus, 'a'), computeSourceRows(corpus, 'b')], hasher, none);
  const [first, second] = fresh.sources;
  assert.ok(first && second);
  const mixed = assembleTable([{ table: fresh, entry: first }, computeSourceRows(corpus, 'b')], hasher, none);
  assert.deepEqual(mixed, fresh);
  assert.equal(second.id, 'b');
  assert.equal(fresh.paragraphN[second.start], 1);
  assert.equal(fresh.paragraphN.length, 2, 'the one-word paragraph has no row');
});
