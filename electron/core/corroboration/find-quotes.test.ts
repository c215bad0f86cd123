import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './find-quotes';

const inner = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end));

test('finds straight and curly, double and single quotations', () => {
  assert.deepEqual(inner('"We reiterated our commitment to military-technical cooperation," Russian foreign minister Sergei Lavrov said.'), [
    'We reiterated our commitment to military-technical cooperation,',
  ]);
  assert.deepEqual(inner('“It wasn’t me,” Lavrov told reporters, calling it ‘a very important partner’ and \'BrahMos\'.'), ['It wasn’t me,', 'a very important partner', 'BrahMos']);
});

test('apostrophes neither open nor close a quotation', () => {
  assert.deepEqual(inner('India’s stand and Moscow’s view on Russia’s S-400s, the countries’ deal and rock ’n’ roll'), []);
});

test('a quotation that runs on into the next paragraph ends with this one', () => {
  const text = '“We would welcome the consultations from neighbours of Afghanistan';
  const [q] = findQuotes(text);
  assert.deepEqual(q, { outer: { start: 0, end: text.length }, inner: { start: 1, end: text.length } });
});

test('outer spans include the marks', () => {
  const text = 'He said "yes" twice.';
  assert.deepEqual(findQuotes(text), [{ outer: { start: 8, end: 13 }, inner: { start: 9, end: 12 } }]);
});
