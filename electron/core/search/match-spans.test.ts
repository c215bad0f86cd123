import assert from 'node:assert/strict';
import test from 'node:test';
import { matchSpans } from './match-spans';
import { parseQuery } from './parse-query';

const spans = (text: string, q: string) => matchSpans(text, parseQuery(q)).map((s) => [text.slice(s.start, s.end), s.unit]);

test('terms, phrases and the prefix are found, each named by its query part', () => {
  assert.deepEqual(spans('Foreign Minister Sergei Lavrov met Lavrentiy.', '"foreign minister" lav'), [
    ['Foreign Minister', 'p:foreign minister'],
    ['Lavrov', 'prefix'],
    ['Lavrentiy', 'prefix'],
  ]);
  assert.deepEqual(spans('India’s S-400 deal', "India's s-400 deal "), [
    ['India’s', 'p:india s'],
    ['S-400', 'p:s 400'],
    ['deal', 't:deal'],
  ]);
});

test('a term inside a matched phrase merges into the phrase span', () => {
  assert.deepEqual(spans('the Foreign Minister said', '"foreign minister" minister '), [['Foreign Minister', 'p:foreign minister']]);
});

test('only whole words match a term', () => {
  assert.deepEqual(spans('Russians in Russia', 'russia '), [['Russia', 't:russia']]);
});
