import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyNotebook, validateNotebook } from './notebook-data';
import { applyOp, type NotebookOp } from './notebook-ops';

const at = '2026-01-01T00:00:00.000Z';
const tag = (id: string, parentId: string | null = null) => ({ id, name: id, color: '#000000', parentId, createdAt: at });
const tagging = (paragraphId: string, tagId: string) => ({ paragraphId, tagId, hash: 'aaaaaaaaaaaaaaaa', createdAt: at });

function run(ops: NotebookOp[]) {
  const d = emptyNotebook();
  for (const op of ops) applyOp(d, op);
  return validateNotebook(d);
}

test('merging moves taggings without duplicates and re-parents children', () => {
  const d = run([
    { type: 'tag.create', tag: tag('a') },
    { type: 'tag.create', tag: tag('b') },
    { type: 'tag.create', tag: tag('c', 'a') },
    { type: 'tagging.add', tagging: tagging('s:p1', 'a') },
    { type: 'tagging.add', tagging: tagging('s:p1', 'b') },
    { type: 'tagging.add', tagging: tagging('s:p2', 'a') },
    { type: 'tag.merge', fromId: 'a', intoId: 'b' },
  ]);
  assert.deepEqual(d.tags.map((t) => [t.id, t.parentId]), [['b', null], ['c', 'b']]);
  assert.deepEqual(d.taggings.map((g) => `${g.paragraphId}/${g.tagId}`).sort(), ['s:p1/b', 's:p2/b']);
});

test('deleting a tag lifts its children to its parent and drops its taggings', () => {
  const d = run([
    { type: 'tag.create', tag: tag('root') },
    { type: 'tag.create', tag: tag('mid', 'root') },
    { type: 'tag.create', tag: tag('leaf', 'mid') },
    { type: 'tagging.add', tagging: tagging('s:p1', 'mid') },
    { type: 'tag.delete', id: 'mid' },
  ]);
  assert.deepEqual(d.tags.map((t) => [t.id, t.parentId]), [['root', null], ['leaf', 'root']]);
  assert.equal(d.taggings.length, 0);
});

test('ops on missing targets are no-ops, so replay never throws', () => {
  const d = run([
    { type: 'tag.update', id: 'nope', name: 'x' },
    { type: 'item.insert', briefingId: 'nope', item: { id: 'i', type: 'heading', text: 'h' }, index: 0, at },
    { type: 'item.move', briefingId: 'nope', itemId: 'i', toIndex: 3, at },
    { type: 'tagging.remove', paragraphId: 's:p1', tagId: 'nope' },
    { type: 'tag.merge', fromId: 'x', intoId: 'y' },
  ]);
  assert.deepEqual(d, emptyNotebook());
});

test('items insert at an index, move, and clamp out-of-range positions', () => {
  const h = (id: string) => ({ id, type: 'heading' as const, text: id });
  const d = run([
    { type: 'briefing.create', briefing: { id: 'b', title: 'T', author: '', style: 'chicago', at } },
    { type: 'item.insert', briefingId: 'b', item: h('1'), index: 0, at },
    { type: 'item.insert', briefingId: 'b', item: h('2'), index: 99, at },
    { type: 'item.insert', briefingId: 'b', item: h('0'), index: 0, at },
    { type: 'item.move', briefingId: 'b', itemId: '0', toIndex: 2, at },
  ]);
  assert.deepEqual(d.briefings[0]?.items.map((i) => i.id), ['1', '2', '0']);
});

test('source edits merge and reset', () => {
  const d = run([
    { type: 'source.edit', sourceId: 's', patch: { outlet: 'NDTV' } },
    { type: 'source.edit', sourceId: 's', patch: { author: 'A. Writer' } },
  ]);
  assert.deepEqual(d.sourceEdits.s, { outlet: 'NDTV', author: 'A. Writer' });
  applyOp(d, { type: 'source.reset', sourceId: 's' });
  assert.deepEqual(d.sourceEdits, {});
});
