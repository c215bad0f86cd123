import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINK_KINDS, linkTable } from './link-table';

test('linkTable sorts records by (a, b) into typed arrays', () => {
  const t = linkTable([
    { a: 3, b: 4, score: 0.5, kind: 1 },
    { a: 1, b: 9, score: 0.75, kind: 0 },
    { a: 1, b: 2, score: 1, kind: 0 },
  ]);
  assert.deepEqual([...t.a], [1, 1, 3]);
  assert.deepEqual([...t.b], [2, 9, 4]);
  assert.deepEqual([...t.score], [1, 0.75, 0.5]);
  assert.deepEqual([...t.kind].map((k) => LINK_KINDS[k]), ['quote', 'quote', 'paraphrase']);
});
