import assert from 'node:assert/strict';
import test from 'node:test';
import { isEmptyQuery, parseQuery } from './parse-query';

test('words become folded terms; the last word, still being typed, is a prefix', () => {
  assert.deepEqual(parseQuery('Sergei LAVR'), { terms: ['sergei'], phrases: [], prefix: 'lavr' });
  assert.deepEqual(parseQuery('Sergei Lavrov '), { terms: ['sergei', 'lavrov'], phrases: [] });
  assert.deepEqual(parseQuery('lavr.'), { terms: ['lavr'], phrases: [] });
  assert.deepEqual(parseQuery('Erdoğ'), { terms: [], phrases: [], prefix: 'erdog' });
});

test('quoted phrases, straight or typographic, closed or still open', () => {
  assert.deepEqual(parseQuery('"Foreign Minister" Lavrov '), { terms: ['lavrov'], phrases: ['foreign minister'] });
  assert.deepEqual(parseQuery('“Make in India” deal'), { terms: [], phrases: ['make in india'], prefix: 'deal' });
  assert.deepEqual(parseQuery('«military-technical»'), { terms: [], phrases: ['military technical'] });
  assert.deepEqual(parseQuery('sanctions "against Russia'), { terms: ['sanctions'], phrases: ['against russia'] });
  // A quoted single word is an exact word, not a prefix.
  assert.deepEqual(parseQuery('"Lavr"'), { terms: ['lavr'], phrases: [] });
});

test('a bare word that folds to several tokens is a phrase', () => {
  assert.deepEqual(parseQuery("Russia's energy "), { terms: ['energy'], phrases: ['russia s'] });
  assert.deepEqual(parseQuery('Russia’s energy '), parseQuery("Russia's energy "));
  assert.deepEqual(parseQuery('S-400'), { terms: [], phrases: ['s 400'] });
});

test('duplicates are dropped, order is kept', () => {
  assert.deepEqual(parseQuery('india russia India "a b" "A B" '), { terms: ['india', 'russia'], phrases: ['a b'] });
});

test('a query with nothing to look for is empty', () => {
  for (const q of ['', '   ', '""', '“ ”', '— … !']) assert.equal(isEmptyQuery(parseQuery(q)), true, q);
  assert.equal(isEmptyQuery(parseQuery('a')), false);
});
