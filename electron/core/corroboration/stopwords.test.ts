import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STOPWORDS } from './stopwords';

test('stopwords are written as the tokenizer leaves words: lowercase letters, no apostrophes', () => {
  for (const w of STOPWORDS) assert.match(w, /^[a-z]+$/, w);
});

test('function words and report framing are stopwords, fact words are not', () => {
  for (const w of ['the', 'and', 'would', 'said', 'told', 'according', 'dont']) assert.ok(STOPWORDS.has(w), w);
  for (const w of ['sanctions', 'missile', 'ministers', 'year', 'india']) assert.ok(!STOPWORDS.has(w), w);
});
