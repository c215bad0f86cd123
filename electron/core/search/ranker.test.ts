import assert from 'node:assert/strict';
import test from 'node:test';
import { rank, RERANK_WINDOW } from './ranker';

test('orders by score, then by doc (paragraph-id order), and pages without overlap', () => {
  const docs = Uint32Array.from([10, 11, 12, 13]);
  const base = Uint16Array.from([5, 9, 5, 7]);
  const all = rank({ docs, base, offset: 0, limit: 10 });
  assert.deepEqual(all.map((h) => h.doc), [11, 13, 10, 12]);
  assert.deepEqual(all.map((h) => h.score), [9, 7, 5, 5]);
  const pages = [0, 1, 2, 3].flatMap((offset) => rank({ docs, base, offset, limit: 1 }).map((h) => h.doc));
  assert.deepEqual(pages, [11, 13, 10, 12]);
  assert.deepEqual(rank({ docs, base, offset: 4, limit: 5 }), []);
  assert.deepEqual(rank({ docs, base, offset: 0, limit: 0 }), []);
});

test('the boost reorders the best RERANK_WINDOW by base score, and only them', () => {
  const n = RERANK_WINDOW + 50;
  const docs = Uint32Array.from({ length: n }, (_, i) => i);
  const base = Uint16Array.from({ length: n }, (_, i) => n - i); // doc 0 best
  const boost = (doc: number) => (doc === RERANK_WINDOW - 1 || doc === n - 1 ? 1000 : 0);
  const hits = rank({ docs, base, boost, offset: 0, limit: n });
  assert.equal(hits[0]?.doc, RERANK_WINDOW - 1);
  assert.equal(hits[0]?.score, n - (RERANK_WINDOW - 1) + 1000);
  // Outside the window: no boost, so it stays last.
  assert.equal(hits.at(-1)?.doc, n - 1);
  assert.equal(hits.length, n);
  // Any page is a slice of the whole order, inside the window or past it.
  assert.deepEqual(rank({ docs, base, boost, offset: 100, limit: 20 }), hits.slice(100, 120));
  assert.deepEqual(rank({ docs, base, boost, offset: RERANK_WINDOW - 10, limit: 30 }), hits.slice(RERANK_WINDOW - 10, RERANK_WINDOW + 20));
});

test('boosted ties keep doc order', () => {
  const docs = Uint32Array.from([3, 5, 8]);
  const base = Uint16Array.from([1, 2, 1]);
  const hits = rank({ docs, base, boost: (d) => (d === 8 ? 1 : 0), offset: 0, limit: 3 });
  assert.deepEqual(hits, [
    { doc: 5, score: 2 },
    { doc: 8, score: 2 },
    { doc: 3, score: 1 },
  ]);
});
