import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('splits at sentence ends, keeping closing quotes with their sentence', () => {
  assert.deepEqual(sentences('India is desperate. The two countries held a meeting! Did they? “Yes,” he said. “No.” Then more.'), [
    'India is desperate.',
    'The two countries held a meeting!',
    'Did they?',
    '“Yes,” he said.',
    '“No.”',
    'Then more.',
  ]);
});

test('does not split after initials and titles', () => {
  assert.deepEqual(sentences('External Affairs Minister S. Jaishankar met Mr. Lavrov in the U.S. Capitol. Dr. Reddy’s makes it.'), [
    'External Affairs Minister S. Jaishankar met Mr. Lavrov in the U.S. Capitol.',
    'Dr. Reddy’s makes it.',
  ]);
});

test('a paragraph without an end mark is one sentence; spans skip trailing space', () => {
  assert.deepEqual(splitSentences('Moscow format of Afghan peace talks  '), [{ start: 0, end: 35 }]);
  assert.deepEqual(splitSentences(''), []);
});
