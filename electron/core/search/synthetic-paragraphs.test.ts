import assert from 'node:assert/strict';
import test from 'node:test';
import { seededRandom, syntheticParagraphs } from './synthetic-paragraphs';

test('the same seed gives the same corpus, another seed another one', () => {
  const a = [...syntheticParagraphs(300, 7)];
  assert.deepEqual([...syntheticParagraphs(300, 7)], a);
  assert.notDeepEqual([...syntheticParagraphs(300, 8)].map((p) => p.text), a.map((p) => p.text));
  assert.notEqual(seededRandom(1)(), seededRandom(2)());
});

test('paragraph ids follow <sourceId>:p<n>, n counting from 1 in each source', () => {
  const ps = [...syntheticParagraphs(500, 1)];
  assert.equal(ps.length, 500);
  assert.equal(new Set(ps.map((p) => p.id)).size, 500);
  for (const p of ps) assert.equal(p.id, `${p.sourceId}:p${p.n}`);
  assert.ok(ps.filter((p) => p.n === 1).length > 10);
  assert.ok(ps.some((p) => /[’“”]/.test(p.text)) && ps.some((p) => /[éöğó]/.test(p.text)));
});
