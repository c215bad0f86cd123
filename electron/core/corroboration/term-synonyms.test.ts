import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './stem-word';
import { canonicalTerm } from './term-synonyms';

const term = (word: string): string => canonicalTerm(stemWord(word));

test('the verbs and nouns translators swap in one remark fold together', () => {
  assert.equal(term('reiterated'), term('reaffirmed'));
  assert.equal(term('reaffirmed'), term('confirmed'));
  assert.equal(term('commitment'), term('determination'));
  assert.equal(term('committee'), term('commission'));
  assert.equal(term('manufacturing'), term('production'));
});

test('words outside the groups are left alone', () => {
  assert.equal(term('missile'), stemWord('missile'));
  assert.notEqual(term('sanctions'), term('cooperation'));
});
