import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermWeights } from './term-weights';

const set = (...xs: number[]): Int32Array => Int32Array.from(xs).sort();

test('rare terms weigh more than common ones', () => {
  const w = new TermWeights();
  for (let i = 0; i < 9; i++) w.add(set(1, 100 + i));
  w.add(set(1, 2));
  assert.ok(w.weight(2) > w.weight(1));
  assert.ok(w.weight(999) > w.weight(2), 'an unseen term is the rarest of all');
});

test('weighted cosine: a shared rare term counts more than a shared common one', () => {
  const w = new TermWeights();
  for (let i = 0; i < 20; i++) w.add(set(1, 2, 10 + i));
  w.add(set(50, 51));
  assert.equal(w.cosine(set(1, 2), set(1, 2)), 1);
  assert.ok(w.cosine(set(50, 60), set(50, 61)) > w.cosine(set(1, 60), set(1, 61)));
  assert.equal(w.cosine(set(1, 2, 3), set(1, 2, 4), 3), 0, 'fewer shared terms than required');
  assert.ok(w.cosine(set(1, 2, 3), set(1, 2, 4), 2) > 0);
  assert.equal(w.bestCosine([set(7), set(1, 2)], [set(1, 2)]), 1);
});

test('sets that share only common terms are not similar', () => {
  const w = new TermWeights(set(1, 2, 3));
  for (let i = 0; i < 5; i++) w.add(set(1, 2, 3, 10 + i));
  assert.equal(w.cosine(set(1, 2, 3, 7), set(1, 2, 3, 8)), 0);
  assert.ok(w.cosine(set(1, 2, 3, 7), set(1, 2, 7, 8)) > 0);
});

test('overlap blends cosine and containment; isCommon knows the common terms; norms are remembered until add()', () => {
  const w = new TermWeights(set(1, 2));
  for (let i = 0; i < 10; i++) w.add(set(1, 2, 20 + i));
  assert.ok(w.isCommon(1) && w.isCommon(2) && !w.isCommon(3));
  const small = set(20, 21, 22);
  const big = set(20, 21, 22, 23, 24, 25);
  assert.equal(w.overlap(small, small, 3), 1);
  assert.ok(w.overlap(small, big, 3) > w.cosine(small, big, 3));
  const before = w.norm(small);
  w.add(set(20, 21, 22));
  assert.ok(w.norm(small) < before, 'a new paragraph holding the terms makes them weigh less');
});
