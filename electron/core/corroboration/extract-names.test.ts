import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNames } from './extract-names';
import { nameKey } from './name-key';

test('names of people, word by word, with spans and spelling keys', () => {
  const text = "Russia's FM Sergey Lavrov and his Indian counterpart Subrahmanyam Jaishankar met in New Delhi.";
  const names = extractNames(text);
  const words = names.map((n) => n.text);
  for (const w of ['Sergey', 'Lavrov', 'Subrahmanyam', 'Jaishankar']) assert.ok(words.includes(w), w);
  for (const n of names) {
    assert.equal(text.slice(n.span.start, n.span.end), n.text);
    assert.equal(n.key, nameKey(n.text));
  }
  assert.ok(!words.includes("Russia's"), 'possessives are cut');
});

test('ordinary words are not names', () => {
  assert.deepEqual(extractNames('the ministers would meet at the end of this year'), []);
});
