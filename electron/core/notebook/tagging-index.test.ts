import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TaggingIndex } from './tagging-index';

test('counts distinct tagged paragraphs per source and keeps hashes', () => {
  const ix = new TaggingIndex();
  ix.add('a:p1', 't1', 'h1');
  ix.add('a:p1', 't2', 'h1');
  ix.add('a:p2', 't1', 'h2');
  ix.add('b:p1', 't1', 'h3');
  assert.equal(ix.taggedInSource('a'), 2);
  assert.equal(ix.taggedInSource('b'), 1);
  assert.deepEqual([...ix.paragraphsOf('t1')].sort(), ['a:p1', 'a:p2', 'b:p1']);
  assert.equal(ix.hashOf('a:p2', 't1'), 'h2');
  ix.remove('a:p1', 't1');
  assert.equal(ix.taggedInSource('a'), 2, 'a:p1 still carries t2');
  ix.remove('a:p1', 't2');
  assert.equal(ix.taggedInSource('a'), 1);
  assert.equal(ix.has('a:p1', 't2'), false);
  assert.equal(ix.hashOf('a:p1', 't2'), undefined);
  ix.remove('zzz:p9', 't1');
  ix.rebuild([]);
  assert.equal(ix.taggedInSource('b'), 0);
});
