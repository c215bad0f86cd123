import assert from 'node:assert/strict';
import test from 'node:test';
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
  const words = (ids: number[]) => ids.map((i) => vocabulary.term(i));
  assert.deepEqual(words(vocabulary.expand('lavr', 10)), ['lavrov', 'lavrovs']);
  // law is in 3 paragraphs (counted once per paragraph), lavrov in 2, the rest in 1.
  assert.deepEqual(words(vocabulary.expand('la', 3)), ['law', 'lavrov', 'lab']);
  assert.deepEqual(words(vocabulary.expand('zz', 3)), []);
});

test('text round trip, and malformed text is refused', () => {
  const back = Vocabulary.fromText(vocabulary.toText());
  assert.equal(back.toText(), vocabulary.toText());
  assert.deepEqual(back.expand('la', 3), vocabulary.expand('la', 3));
  assert.throws(() => Vocabulary.fromText('a\t1'), /newline/);
  assert.throws(() => Vocabulary.fromText('a\t1\na\t2\n'), /not sorted/);
  assert.throws(() => Vocabulary.fromText('a\tx\n'), /malformed/);
  assert.throws(() => Vocabulary.fromText('\t1\n'), /malformed/);
  assert.equal(Vocabulary.fromText('').size, 0);
});
