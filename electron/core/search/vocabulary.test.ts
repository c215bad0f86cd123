import assert from 'node:assert/strict';
import test from 'node:test';
import { encodeStrings, type Section } from './index-file';
import { Vocabulary, VocabularyBuilder } from './vocabulary';

function build(docs: string[][]) {
  const b = new VocabularyBuilder();
  const provisional = docs.map((terms, doc) => b.idsOf(doc, terms));
  return { ...b.finish(), provisional };
}

const { vocabulary, remap, provisional } = build([
  ['lavrov', 'law', 'law', 'lab'],
  ['lava', 'lavrovs', 'law'],
  ['law', 'zebra', 'lavrov'],
]);

test('terms are numbered in sorted order; provisional ids remap to them', () => {
  assert.equal(vocabulary.size, 6);
  assert.deepEqual(
    Array.from({ length: 6 }, (_, i) => vocabulary.term(i)),
    ['lab', 'lava', 'lavrov', 'lavrovs', 'law', 'zebra'],
  );
  assert.deepEqual(provisional[0]?.map((p) => vocabulary.term(remap[p] as number)), ['lavrov', 'law', 'law', 'lab']);
  assert.equal(vocabulary.id('lavrov'), 2);
  assert.equal(vocabulary.id('lavro'), -1);
  assert.equal(vocabulary.id('zzz'), -1);
});

test('a prefix is a range of ids; expand keeps the most frequent when there are too many', () => {
  assert.deepEqual(vocabulary.prefixRange('lavr'), [2, 4]);
  assert.deepEqual(vocabulary.prefixRange('q'), [5, 5]);
  const words = (ids: readonly number[]) => ids.map((i) => vocabulary.term(i));
  assert.deepEqual(words(vocabulary.expand('lavr', 10)), ['lavrov', 'lavrovs']);
  // law is in 3 paragraphs (counted once per paragraph), lavrov in 2, the rest in 1.
  assert.deepEqual(words(vocabulary.expand('la', 3)), ['law', 'lavrov', 'lab']);
  assert.deepEqual(words(vocabulary.expand('zz', 3)), []);
});

test('expansions are remembered and the same each time', () => {
  const first = vocabulary.expand('la', 3);
  assert.equal(vocabulary.expand('la', 3), first);
  assert.deepEqual(vocabulary.expand('la', 2).map((i) => vocabulary.term(i)), ['law', 'lavrov']);
  assert.deepEqual(vocabulary.prefixRange(''), [0, 6]);
  assert.deepEqual(vocabulary.prefixRange('lavrovs'), [3, 4]);
});

test('sections round trip, and malformed ones are refused', () => {
  const docFreq = Uint32Array.from([1, 1, 2, 1, 3, 1]);
  const sections = new Map<string, Section>(vocabulary.sections());
  const back = Vocabulary.fromSections(sections, docFreq);
  assert.equal(back.size, 6);
  assert.deepEqual(back.expand('la', 3), vocabulary.expand('la', 3));
  assert.throws(() => Vocabulary.fromSections(sections, new Uint32Array(5)), /6 terms, the postings 5/);
  const bad = (list: string[]) => {
    const { offsets, bytes } = encodeStrings(list);
    return () => Vocabulary.fromSections(new Map<string, Section>([['VOCO', offsets], ['VOCB', bytes]]), new Uint32Array(list.length));
  };
  assert.throws(bad(['b', 'a']), /not sorted/);
  assert.throws(bad(['a', 'a']), /not sorted/);
  assert.throws(bad(['', 'a']), /empty/);
  assert.equal(bad([])().size, 0);
});
