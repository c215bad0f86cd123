import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './split-clauses';

const clauses = (text: string, start?: number, end?: number): string[] => splitClauses(text, start, end).map((c) => text.slice(c.start, c.end));

test('a sentence that packs two facts splits where the second begins', () => {
  assert.deepEqual(clauses('The diplomats sidestepped questions on the S-400 and vowed to deepen military-technical cooperation.'), [
    'The diplomats sidestepped questions on the S-400',
    'and vowed to deepen military-technical cooperation.',
  ]);
  assert.deepEqual(clauses('India and Russia decided to deepen their defence cooperation, with Moscow planning a factory in India.'), [
    'India and Russia decided to deepen their defence cooperation',
    'with Moscow planning a factory in India.',
  ]);
  assert.deepEqual(clauses('The purchase -- due for delivery in December -- raised the risk of sanctions; Washington warned Delhi.'), [
    'The purchase',
    'due for delivery in December',
    'raised the risk of sanctions',
    'Washington warned Delhi.',
  ]);
});

test('lists and plain commas do not split; a range of the text can be split alone', () => {
  assert.deepEqual(clauses('They discussed nuclear energy, space, defence and trade.'), ['They discussed nuclear energy, space, defence and trade.']);
  const text = 'First sentence. It rose; it fell.';
  assert.deepEqual(clauses(text, 16, text.length), ['It rose', 'it fell.']);
  assert.deepEqual(clauses(''), []);
});
