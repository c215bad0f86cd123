import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildQueries } from './search-queries';

const PARAGRAPHS = [
  'Russian Foreign Minister Sergei Lavrov said the talks with Jaishankar in New Delhi were constructive.',
  'The delivery of the missile system was discussed by the defence ministers later in the year.',
  'India and Russia agreed to deepen military and technical cooperation despite the sanctions.',
  'Analysts in Moscow said the trade corridor through Vladivostok would cut shipping costs by half.',
];

test('200 queries of every kind, the same for the same seed', () => {
  const a = buildQueries(PARAGRAPHS, 1);
  assert.equal(a.length, 200);
  assert.deepEqual(buildQueries(PARAGRAPHS, 1), a);
  assert.notDeepEqual(buildQueries(PARAGRAPHS, 2), a);
  assert.deepEqual([...new Set(a.map((q) => q.kind))].sort(), ['common', 'name', 'pair', 'phrase', 'rare', 'typing']);
});

test('phrases are quoted for the app and bare for grep; typed queries stop inside a word', () => {
  const queries = buildQueries(PARAGRAPHS, 3);
  const text = PARAGRAPHS.join(' ').toLowerCase();
  for (const q of queries) {
    assert.equal(q.grep, q.text.replace(/"/g, ''));
    if (q.kind === 'phrase') {
      assert.match(q.text, /^"[^"]+"$/);
      assert.ok(PARAGRAPHS.some((p) => p.includes(q.grep)), `${q.text} is in the text`);
    }
    if (q.kind === 'typing') assert.ok(text.includes(q.grep.split(' ').at(-1) as string));
  }
  assert.ok(queries.some((q) => q.kind === 'name' && /^[A-Z]/.test(q.text)));
});
