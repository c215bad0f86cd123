import assert from 'node:assert/strict';
import test from 'node:test';
import { type IdRange, MAX_EXTRA_OCCURRENCES, proximityBoost } from './proximity-boost';
import { terms } from './tokenize';
import { VocabularyBuilder } from './vocabulary';

const TEXTS = [
  'The Foreign Minister said',
  'the minister for foreign affairs',
  'foreign trade fell sharply, the ministry and its minister said',
  'Sergei Lavrov spoke; Lavrentiy listened',
  'foreign minister, foreign minister',
  'foreign minister '.repeat(10),
];
const builder = new VocabularyBuilder();
const provisional = TEXTS.map((t, doc) => builder.idsOf(doc, terms(t)));
const { vocabulary, remap } = builder.finish();
const tokens = (i: number) => (provisional[i] ?? []).map((p) => remap[p] as number);
const word = (w: string): IdRange => [vocabulary.id(w), vocabulary.id(w) + 1];
const fm = [word('foreign'), word('minister')];

test('words in the order typed and adjacent earn the full scale', () => {
  assert.equal(proximityBoost(tokens(0), fm, 18), 18);
});

test('words close together in another order earn half; far apart earn nothing', () => {
  assert.equal(proximityBoost(tokens(1), fm, 18), 9);
  assert.equal(proximityBoost(tokens(2), fm, 18), 0);
});

test('a prefix as the last word matches any word it starts', () => {
  assert.equal(proximityBoost(tokens(3), [word('sergei'), vocabulary.prefixRange('lav')], 10), 10 + 1);
});

test('repeated occurrences add one each, up to a cap', () => {
  assert.equal(proximityBoost(tokens(4), fm, 18), 18 + 2);
  assert.equal(proximityBoost(tokens(5), fm, 18), 18 + MAX_EXTRA_OCCURRENCES);
});
