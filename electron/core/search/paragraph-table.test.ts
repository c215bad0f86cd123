import assert from 'node:assert/strict';
import test from 'node:test';
import { NotebookError } from '../../shared/result';
import { encodeStrings, type Section } from './index-file';
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

test('inIdOrder renumbers by source id, then by paragraph number (p2 before p10)', () => {
  const { table: t, order } = table([['b', 10], ['a', 2], ['b', 2], ['a', 1]]).inIdOrder();
  assert.deepEqual(Array.from(order), [3, 1, 2, 0]);
  assert.deepEqual([0, 1, 2, 3].map((d) => t.paragraphId(d)), ['a:p1', 'a:p2', 'b:p2', 'b:p10']);
  assert.equal(t.sourceId(2), 'b');
});

test('rejects ids that are not <sourceId>:p<n>, and repeated ids', () => {
  const t = new ParagraphTable();
  assert.throws(() => t.add('a:p2', 'a', 1), (e: unknown) => e instanceof NotebookError && e.code === 'CORPUS' && e.message.includes('a:p2'));
  assert.throws(() => t.add('a:p0', 'a', 0), NotebookError);
  const dup = table([['a', 1], ['a', 1]]);
  assert.throws(() => dup.inIdOrder(), /"a:p1" occurs more than once/);
});

test('sections round trip, and malformed or unordered ones are refused', () => {
  const { table: t } = table([['x', 1], ['y', 3], ['x', 2]]).inIdOrder();
  const good = new Map<string, Section>(t.sections());
  const back = ParagraphTable.fromSections(good, 3);
  assert.deepEqual([0, 1, 2].map((d) => back.paragraphId(d)), ['x:p1', 'x:p2', 'y:p3']);
  const with_ = (name: string, value: Section) => () => ParagraphTable.fromSections(new Map(good).set(name, value), 3);
  assert.throws(() => ParagraphTable.fromSections(good, 4), /expected 4/);
  assert.throws(with_('PSRC', Uint32Array.from([0, 5, 1])), /bad source/);
  assert.throws(with_('PNUM', Uint32Array.from([1, 0, 3])), /bad n/);
  assert.throws(with_('PNUM', Uint32Array.from([2, 1, 3])), /out of paragraph-id order/);
  const repeated = encodeStrings(['x', 'x']);
  assert.throws(() => ParagraphTable.fromSections(new Map(good).set('SRCO', repeated.offsets).set('SRCB', repeated.bytes), 3), /repeated/);
  assert.throws(() => ParagraphTable.fromSections(new Map(), 0), /no section/);
});
