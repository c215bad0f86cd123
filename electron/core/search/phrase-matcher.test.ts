import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { PhraseMatcher } from './phrase-matcher';
import { PostingIndex } from './posting-index';
import { type TokenStore, TokenStoreBuilder } from './token-store';

async function indexOf(docs: number[][], termCount: number) {
  const b = new TokenStoreBuilder();
  for (const d of docs) b.add(d);
  const tokens = b.finish(Uint32Array.from({ length: termCount }, (_, i) => i), Uint32Array.from(docs.keys()), termCount);
  return { tokens, postings: await PostingIndex.build(tokens, termCount, () => Promise.resolve()) };
}

const holds = (doc: number[], seq: number[]) => doc.some((_, i) => seq.every((t, k) => doc[i + k] === t));
/** The docs holding the phrase. */
const matching = (p: { tokens: TokenStore; postings: PostingIndex }, docs: number[][], seq: number[]) => {
  const m = new PhraseMatcher(p.postings, p.tokens, seq);
  return docs.flatMap((_, d) => (m.matches(d) ? [d] : []));
};

test('consecutive terms within one doc only, repeated words included', async () => {
  const docs = [[1, 2, 3, 1, 2], [3, 1], [2, 4], [1, 1, 1, 2]];
  const p = await indexOf(docs, 5);
  assert.deepEqual(matching(p, docs, [2, 3]), [0]);
  assert.deepEqual(matching(p, docs, [1, 2]), [0, 3]);
  assert.deepEqual(matching(p, docs, [3, 2]), []);
  assert.deepEqual(matching(p, docs, [1, 2, 3, 1, 2]), [0]);
  assert.deepEqual(matching(p, docs, [1, 2, 3, 1, 2, 3]), []);
  assert.deepEqual(matching(p, docs, [1, 1, 2]), [3]);
  // Never across the boundary between doc 1 ([3, 1]) and doc 2 ([2, 4]).
  assert.deepEqual(matching(p, docs, [1, 2, 4]), []);
  assert.deepEqual(matching(p, docs, []), [0, 1, 2, 3]);
});

test('keep compacts the docs that hold the phrase, scores alongside', async () => {
  const docs = [[1, 2], [2, 1], [0, 1, 2], [1, 2, 1]];
  const p = await indexOf(docs, 3);
  const ids = Uint32Array.from([0, 1, 2, 3, 9]);
  const base = Uint16Array.from([10, 11, 12, 13, 99]);
  assert.equal(new PhraseMatcher(p.postings, p.tokens, [1, 2]).keep(ids, base, 4), 3);
  assert.deepEqual(Array.from(ids.subarray(0, 3)), [0, 2, 3]);
  assert.deepEqual(Array.from(base.subarray(0, 3)), [10, 12, 13]);
  assert.equal(ids[4], 9);
});

test('agrees with a plain scan of every doc', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(fc.nat(3), { maxLength: 25 }), { minLength: 1, maxLength: 20 }),
      fc.array(fc.nat(3), { minLength: 1, maxLength: 4 }),
      async (docs, seq) => {
        const p = await indexOf(docs, 4);
        assert.deepEqual(matching(p, docs, seq), docs.flatMap((d, i) => (holds(d, seq) ? [i] : [])));
      },
    ),
    { numRuns: 300 },
  );
});
