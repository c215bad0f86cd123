import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { CandidateFinder, type Unit } from './candidate-finder';
import { firstOccurrenceGain, PostingIndex } from './posting-index';
import { TokenStoreBuilder } from './token-store';

async function postingsOf(docs: number[][], termCount: number): Promise<PostingIndex> {
  const b = new TokenStoreBuilder();
  for (const d of docs) b.add(d);
  const tokens = b.finish(Uint32Array.from({ length: termCount }, (_, i) => i), Uint32Array.from(docs.keys()), termCount);
  return PostingIndex.build(tokens, termCount, () => Promise.resolve());
}

/** What find must return, by brute force: docs holding a term of every unit, with summed best scores. */
function expected(docs: number[][], units: Unit[]): Map<number, number> {
  const out = new Map<number, number>();
  docs.forEach((d, doc) => {
    let sum = 0;
    for (const u of units) {
      const gains = u.map((t) => d.indexOf(t)).filter((i) => i >= 0).map((i) => firstOccurrenceGain(i, d.length));
      if (gains.length === 0) return;
      sum += Math.max(...gains);
    }
    if (units.length > 0) out.set(doc, sum);
  });
  return out;
}

function found(finder: CandidateFinder, units: Unit[]): Map<number, number> {
  const c = finder.find(units);
  assert.deepEqual(Array.from(c.docs), [...c.docs].sort((a, b) => a - b), 'docs ascending');
  return new Map(Array.from(c.docs, (d, i) => [d, c.base[i] as number]));
}

test('AND over words, a prefix matching any of its words with its best score', async () => {
  const docs = [[0, 1], [1, 2, 0], [2], [3, 0, 2]];
  const finder = new CandidateFinder(await postingsOf(docs, 4), docs.length);
  assert.deepEqual(found(finder, [[0], [1]]), expected(docs, [[0], [1]]));
  assert.deepEqual([...found(finder, [[0], [1]]).keys()], [0, 1]);
  assert.deepEqual(found(finder, [[0], [2, 3]]), new Map([[1, 7 + 8], [3, 8 + 9]]));
  assert.equal(finder.find([]).docs.length, 0);
  assert.equal(finder.find([[1], [3]]).docs.length, 0);
});

test('agrees with brute force, whichever way each unit is confirmed', async () => {
  await fc.assert(
    fc.asyncProperty(
      // Many docs and a skewed term distribution, so both rare and common units occur.
      fc.array(fc.array(fc.integer({ min: 0, max: 11 }).map((t) => t % 12), { maxLength: 12 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.uniqueArray(fc.nat(11), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
      async (docs, units) => {
        const finder = new CandidateFinder(await postingsOf(docs, 12), docs.length);
        // Twice: the scratch space must be clean after a query.
        assert.deepEqual(found(finder, units), expected(docs, units));
        assert.deepEqual(found(finder, units), expected(docs, units));
      },
    ),
    { numRuns: 200 },
  );
});

test('a prefix over most of the corpus is merged by one scan, still in doc order', async () => {
  const docs = Array.from({ length: 64 }, (_, d) => [d % 3, 3]);
  const finder = new CandidateFinder(await postingsOf(docs, 4), docs.length);
  assert.deepEqual(found(finder, [[0, 1, 2]]), expected(docs, [[0, 1, 2]]));
  assert.deepEqual(found(finder, [[3], [2, 1]]), expected(docs, [[3], [2, 1]]));
});
