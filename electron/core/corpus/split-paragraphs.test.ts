import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './split-paragraphs';

test('each non-blank line is a paragraph, trimmed at both ends, inside kept', () => {
  const text = ' One  line\u00a0here. \n\nTwo — “quoted” ‘x’\u00a0\r\n\u00a0 \u00a0 \r\nThree\rFour\n';
  assert.deepEqual(splitParagraphs(text), ['One  line\u00a0here.', 'Two — “quoted” ‘x’', 'Three', 'Four']);
});

test('an empty or whitespace-only text has no paragraphs', () => {
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs('\n \u00a0\n\t\n'), []);
});
