import assert from 'node:assert/strict';
import test from 'node:test';
import { Vocabulary } from './vocabulary';

const vocab = Vocabulary.from([
  ['lavrov', 5],
  ['lava', 1],
  ['lavrovs', 2],
  ['law', 9],
  ['lab', 3],
  ['zebra', 1],
]);

test('expands a prefix to every indexed word that starts with it', () => {
  assert.equal(vocab.size, 6);
  assert.deepEqual(vocab.expand('lavr', 10), ['lavrov', 'lavrovs']);
  assert.deepEqual(vocab.expand('zebra', 10), ['zebra']);
  assert.deepEqual(vocab.expand('zz', 10), []);
  assert.deepEqual(vocab.expand('', 10).length, 6);
});

test('keeps the most frequent words when a prefix matches more than max', () => {
  assert.deepEqual(vocab.expand('la', 3), ['law', 'lavrov', 'lab']);
  assert.deepEqual(vocab.expand('la', 1), ['law']);
});
