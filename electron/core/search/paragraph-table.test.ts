import assert from 'node:assert/strict';
import test from 'node:test';
import { NotebookError } from '../../shared/result';
import { ParagraphTable } from './paragraph-table';

function table(ids: [string, number][]): ParagraphTable {
  const t = new ParagraphTable(2);
  for (const [s, n] of ids) t.add(`${s}:p${n}`, s, n);
  return t;
}

test('maps internal numbers back to paragraph and source ids, growing as needed', () => {
  const t = table([['b-src', 1], ['a-src', 2], ['b-src', 2], ['a-src', 1], ['c', 10]]);
  assert.equal(t.count, 5);
  assert.equal(t.paragraphId(0), 'b-src:p1');
  assert.equal(t.sourceId(3), 'a-src');
  const ref = t.ref(4);
  assert.deepEqual({ id: ref.id, sourceId: ref.sourceId }, { id: 'c:p10', sourceId: 'c' });
});

test('rank orders by source id, then by paragraph number (p2 before p10)', () => {
  const t = table([['b', 10], ['a', 2], ['b', 2], ['a', 1]]);
  assert.deepEqual(Array.from(t.rank()), [3, 1, 2, 0]);
});

test('rejects ids that are not <sourceId>:p<n>, and repeated ids', () => {
  const t = new ParagraphTable();
  assert.throws(() => t.add('a:p2', 'a', 1), (e: unknown) => e instanceof NotebookError && e.code === 'CORPUS' && e.message.includes('a:p2'));
  assert.throws(() => t.add('a:p0', 'a', 0), NotebookError);
  const dup = table([['a', 1], ['a', 1]]);
  assert.throws(() => dup.rank(), /"a:p1" occurs more than once/);
});

test('JSON round trip, and malformed JSON is refused', () => {
  const t = table([['x', 1], ['y', 3], ['x', 2]]);
  const back = ParagraphTable.fromJSON(JSON.parse(JSON.stringify(t.toJSON())), 3);
  assert.deepEqual([0, 1, 2].map((d) => back.paragraphId(d)), ['x:p1', 'y:p3', 'x:p2']);
  assert.deepEqual(Array.from(back.rank()), Array.from(t.rank()));
  const good = t.toJSON();
  assert.throws(() => ParagraphTable.fromJSON(good, 4), /expected 4/);
  assert.throws(() => ParagraphTable.fromJSON({ ...good, source: [0, 5, 0] }, 3), /bad source/);
  assert.throws(() => ParagraphTable.fromJSON({ ...good, n: [1, 0, 2] }, 3), /bad n/);
  assert.throws(() => ParagraphTable.fromJSON({ ...good, sourceIds: ['x', 'x'] }, 3), /repeated/);
  assert.throws(() => ParagraphTable.fromJSON(null, 0), /not \{sourceIds/);
});
