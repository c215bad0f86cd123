import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SnippetPart } from '../../shared/types';
import { diffWords, wordSubstitutions } from './diff-words';

const marked = (parts: SnippetPart[]): string[] => parts.filter((p) => p.match).map((p) => p.text);
const whole = (parts: SnippetPart[]): string => parts.map((p) => p.text).join('');

test('marks the words that differ, joining neighbours into one run', () => {
  const a = '"We reiterated our commitment to military-technical cooperation," Russian foreign minister Sergei Lavrov said.';
  const b = '"We have reaffirmed our commitment to military-technical cooperation," Lavrov said after a meeting.';
  const d = diffWords(a, b);
  assert.equal(whole(d.a), a);
  assert.equal(whole(d.b), b);
  assert.deepEqual(marked(d.a), ['reiterated', 'Russian foreign minister Sergei']);
  assert.deepEqual(marked(d.b), ['have reaffirmed', 'after a meeting']);
});

test('case, accents and punctuation are not differences', () => {
  const d = diffWords('Zoë said: “Yes, later in the year.”', 'zoe said yes later in the year');
  assert.deepEqual(marked(d.a), []);
  assert.deepEqual(marked(d.b), []);
});

test('empty and identical texts', () => {
  assert.deepEqual(diffWords('', 'new words'), { a: [], b: [{ text: 'new words', match: true }] });
  assert.deepEqual(diffWords('same', 'same'), { a: [{ text: 'same', match: false }], b: [{ text: 'same', match: false }] });
});

test('one word swapped for one other between the same neighbours', () => {
  const a = 'the settlement in Afghanistan should foresee the participation of all groups in Afghanistan';
  const b = 'Decision on settlement in Pakistan should see participation from all groups of Afghanistan';
  const swaps = wordSubstitutions(a, b).map((s) => `${a.slice(s.a.start, s.a.end)}/${b.slice(s.b.start, s.b.end)}`);
  assert.equal(swaps[0], 'Afghanistan/Pakistan');
  assert.ok(swaps.every((x) => x.split('/')[0] !== x.split('/')[1]));
  assert.deepEqual(wordSubstitutions('same words here', 'same words here'), []);
  assert.deepEqual(wordSubstitutions('talks with Moscow', 'talks with Jaishankar'), [], 'no neighbour after it');
});
