import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './stem-word';

test('inflections of one word share a stem', () => {
  const same = (...words: string[]) => assert.equal(new Set(words.map(stemWord)).size, 1, words.join(' / '));
  same('discuss', 'discussed', 'discusses');
  same('minister', 'ministers');
  same('meeting', 'meet', 'meets');
  same('reiterate', 'reiterated', 'reiterates');
  same('country', 'countries');
  same('sanction', 'sanctions', 'sanctioned');
  same('plan', 'plans', 'planned', 'planning');
});

test('British and American spellings meet', () => {
  assert.equal(stemWord('defence'), stemWord('defense'));
  assert.equal(stemWord('organised'), stemWord('organized'));
  assert.equal(stemWord('programme'), stemWord('program'));
  assert.equal(stemWord('favour'), stemWord('favor'));
});

test('words with digits only lose a plural s; short words stay', () => {
  assert.equal(stemWord('s-400s'), 's-400');
  assert.equal(stemWord('2017'), '2017');
  assert.equal(stemWord('f-35'), 'f-35');
  assert.equal(stemWord('bus'), 'bus');
  assert.equal(stemWord('analysis'), 'analysis');
  assert.notEqual(stemWord('press'), stemWord('pres'));
});
