import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTermHashes, contentTerms, forEachWord } from './content-terms';
import { fnv1a32 } from './hash32';

test('keeps content words: lowercased, stemmed, without stopwords, accents or possessives', () => {
  assert.deepEqual(contentTerms('Mr Jaishankar said the S-400s would be discussed at a meeting of defense ministers later in the year.'), [
    'jaishankar',
    's-400',
    'discuss',
    'meet',
    'defens',
    'minister',
    'later',
    'year',
  ]);
  assert.deepEqual(contentTerms('India’s Zoë'), ['india', 'zoe']);
});

test('hyphens split words, but not model names or joined prefixes; US is not the pronoun', () => {
  assert.deepEqual(contentTerms('military-technical co-operation with the U.S. and the US, not us'), ['military', 'technical', 'cooperation', 'usa', 'usa']);
  assert.deepEqual(contentTerms('F-35 jets, 2,500 troops, $5.2 billion'), ['f-35', 'jet', '2500', 'troop', '5.2', 'billion']);
});

test('hashes are the fnv1a32 of the terms, in order', () => {
  const text = 'Washington has already warned New Delhi that it could face sanctions';
  assert.deepEqual(contentTermHashes(text), contentTerms(text).map(fnv1a32));
});

test('forEachWord finds the same words as the documented pattern', () => {
  const text = '“We have confirmed our determination,” Lavrov told reporters — in New Delhi (on Tuesday) ... S. Jaishankar’s U.S.-made 12.5%';
  const words: string[] = [];
  forEachWord(text, (s, e) => words.push(text.slice(s, e)));
  assert.deepEqual(words, [...text.matchAll(/[\p{L}\p{N}\p{M}]+(?:[-.,'’][\p{L}\p{N}\p{M}]+)*/gu)].map((m) => m[0]));
});
