import assert from 'node:assert/strict';
import test from 'node:test';
import { MAX_EXTRA_OCCURRENCES, proximityBoost } from './proximity-boost';
import { terms } from './tokenize';

const q = { words: ['foreign', 'minister'], lastIsPrefix: false };

test('words in order and adjacent earn the full scale', () => {
  assert.equal(proximityBoost(terms('The Foreign Minister said'), q, 18), 18);
});

test('words close together in another order earn half; far apart earn nothing', () => {
  assert.equal(proximityBoost(terms('the minister for foreign affairs'), q, 18), 9);
  assert.equal(proximityBoost(terms('foreign trade fell sharply, the ministry and its minister said'), q, 18), 0);
});

test('a prefix as the last word matches any word it starts', () => {
  assert.equal(proximityBoost(terms('Sergei Lavrov spoke'), { words: ['sergei', 'lav'], lastIsPrefix: true }, 10), 10);
});

test('repeated occurrences add one each, up to a cap', () => {
  assert.equal(proximityBoost(terms('foreign minister, foreign minister'), q, 18), 18 + 2);
  const many = 'foreign minister '.repeat(10);
  assert.equal(proximityBoost(terms(many), q, 18), 18 + MAX_EXTRA_OCCURRENCES);
});
