import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import type { Section } from './index-file';
import { firstOccurrenceGain, PostingIndex, RESOLUTION, seek } from './posting-index';
import { TokenStoreBuilder } from './token-store';

const pause = () => Promise.resolve();

/** Docs given as term ids (terms 0..termCount-1). */
async function build(docs: number[][], termCount: number) {
  const b = new TokenStoreBuilder();
  for (const d of docs) b.add(d);
  const identity = Uint32Array.from({ length: termCount }, (_, i) => i);
  const tokens = b.finish(identity, Uint32Array.from(docs.keys()), termCount);
  return { tokens, postings: await PostingIndex.build(tokens, termCount, pause) };
}

const postingsOf = (p: PostingIndex, t: number) =>
  Array.from({ length: p.docFreq(t) }, (_, k) => {
    const j = (p.starts[t] as number) + k;
    return { doc: p.docs[j], gain: p.gains[j] };
  });

test('per term: docs ascending, each with the score of the term’s first occurrence', async () => {
  const { postings } = await build([[0, 1, 0], [2], [1, 1, 2, 0]], 3);
  assert.equal(postings.termCount, 3);
  assert.deepEqual(postingsOf(postings, 0), [
    { doc: 0, gain: RESOLUTION },
    { doc: 2, gain: RESOLUTION - 3 },
  ]);
  assert.deepEqual(postingsOf(postings, 1), [
    { doc: 0, gain: RESOLUTION - 1 },
    { doc: 2, gain: RESOLUTION },
  ]);
  assert.deepEqual(Array.from(postings.docFreqs()), [2, 2, 2]);
});

test('the first-occurrence score follows FlexSearch’s slots: by word when short, by share of the length when long', () => {
  assert.equal(firstOccurrenceGain(0, 500), RESOLUTION);
  assert.equal(firstOccurrenceGain(4, 9), RESOLUTION - 4);
  // 100 tokens: 8 slots over 100 words, shifted by one.
  assert.equal(firstOccurrenceGain(1, 100), RESOLUTION - 1);
  assert.equal(firstOccurrenceGain(50, 100), RESOLUTION - 5);
  assert.equal(firstOccurrenceGain(99, 100), 1);
  assert.equal(firstOccurrenceGain(8, 9), 1);
});

test('postings agree with a plain scan of the docs', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(fc.nat(5), { maxLength: 30 }), { maxLength: 30 }), async (docs) => {
      const { postings } = await build(docs, 6);
      for (let t = 0; t < 6; t++) {
        const expected = docs.flatMap((d, doc) => {
          const at = d.indexOf(t);
          return at >= 0 ? [{ doc, gain: firstOccurrenceGain(at, d.length) }] : [];
        });
        assert.deepEqual(postingsOf(postings, t), expected);
      }
    }),
    { numRuns: 200 },
  );
});

test('seek finds the first value at or past the target, from any start', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(1000)), fc.nat(1010), fc.nat(50), (values, target, from) => {
      const a = Uint32Array.from(values.sort((x, y) => x - y));
      const start = Math.min(from, a.length);
      let expected = start;
      while (expected < a.length && (a[expected] as number) < target) expected++;
      assert.equal(seek(a, start, a.length, target), expected);
    }),
    { numRuns: 500 },
  );
});

test('sections round trip, and malformed ones are refused', async () => {
  const { postings } = await build([[0, 1], [1, 0, 0]], 2);
  const sections = new Map<string, Section>(postings.sections());
  assert.deepEqual(postingsOf(PostingIndex.fromSections(sections, 2, 2), 0), postingsOf(postings, 0));
  const with_ = (name: string, value: Section) => () => PostingIndex.fromSections(new Map(sections).set(name, value), 2, 2);
  assert.throws(() => PostingIndex.fromSections(sections, 2, 3), /do not cover/);
  assert.throws(with_('PGAI', Uint8Array.from([9, 0, 9, 9])), /bad score/);
  assert.throws(with_('PGAI', Uint8Array.from([9, 9])), /different sizes/);
  assert.throws(with_('PGAI', Uint16Array.from([9, 9, 9, 9])), /elements of 2 bytes/);
  assert.throws(with_('PDOC', Uint32Array.from([1, 0, 0, 1])), /out of order/);
  assert.throws(with_('PDOC', Uint32Array.from([0, 7, 0, 1])), /paragraph 7 of 2/);
  assert.throws(with_('PSTA', Uint32Array.from([0, 0, 4])), /no postings/);
});
