import assert from 'node:assert/strict';
import test from 'node:test';
import { Ranker, RERANK_WINDOW } from './ranker';

const rank = Uint32Array.from({ length: 1000 }, (_, d) => 999 - d); // doc 999 sorts first by id
const ranker = new Ranker(1000);
const rankHits = (input: Parameters<Ranker['rank']>[0]) => ranker.rank(input);

test('orders by score, then by paragraph-id rank, and pages without overlap', () => {
  const docs = Uint32Array.from([10, 11, 12, 13]);
  const base = Uint16Array.from([5, 9, 5, 7]);
  const all = rankHits({ docs, base, rank, offset: 0, limit: 10 });
  assert.deepEqual(all.map((h) => h.doc), [11, 13, 12, 10]);
  assert.deepEqual(all.map((h) => h.score), [9, 7, 5, 5]);
  const pages = [0, 1, 2, 3].flatMap((offset) => rankHits({ docs, base, rank, offset, limit: 1 }).map((h) => h.doc));
  assert.deepEqual(pages, [11, 13, 12, 10]);
  assert.deepEqual(rankHits({ docs, base, rank, offset: 4, limit: 5 }), []);
});

test('the boost reorders the best RERANK_WINDOW by base score, and only them', () => {
  const n = RERANK_WINDOW + 50;
  const docs = Uint32Array.from({ length: n }, (_, i) => i);
  const base = Uint16Array.from({ length: n }, (_, i) => n - i); // doc 0 best
  const boost = (doc: number) => (doc === RERANK_WINDOW - 1 || doc === n - 1 ? 1000 : 0);
  const hits = rankHits({ docs, base, rank, boost, offset: 0, limit: n });
  assert.equal(hits[0]?.doc, RERANK_WINDOW - 1);
  assert.equal(hits[0]?.score, n - (RERANK_WINDOW - 1) + 1000);
  // Outside the window: no boost, so it stays last.
  assert.equal(hits.at(-1)?.doc, n - 1);
  // Any page is a slice of the whole order.
  assert.deepEqual(rankHits({ docs, base, rank, boost, offset: 100, limit: 20 }), hits.slice(100, 120));
});
