import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnionFind } from './union-find';

test('joins sets, the larger one keeping its root', () => {
  const u = new UnionFind(6);
  u.union(0, 1);
  u.union(2, 3);
  u.union(1, 3);
  assert.equal(u.find(0), u.find(2));
  assert.notEqual(u.find(0), u.find(4));
  assert.equal(u.find(5), 5);
  assert.equal(u.union(4, 0), u.find(1), 'a single row joins under the larger set');
  assert.equal(u.union(0, 2), u.find(3), 'joining a set with itself changes nothing');
});
