import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashStopTerms, STOP_MIN_COUNT, withoutStopTerms } from './hash-stop-terms';

const set = (...xs: number[]): Int32Array => Int32Array.from(xs).sort();

test('a term in more than the share of paragraphs (and the minimum count) is a stop term', () => {
  const sets = Array.from({ length: 1000 }, (_, i) => set(-1, i < STOP_MIN_COUNT + 1 ? 7 : 8 + i, 5000 + i));
  assert.deepEqual([...hashStopTerms(sets)], [-1, 7]);
});

test('a small corpus has none', () => {
  assert.equal(hashStopTerms(Array.from({ length: 80 }, () => set(1, 2, 3))).length, 0);
});

test('withoutStopTerms drops them and keeps the order', () => {
  assert.deepEqual([...withoutStopTerms(set(-5, 1, 7, 9), set(1, 9, 20))], [-5, 7]);
  const unit = set(3, 4);
  assert.equal(withoutStopTerms(unit, set(5)), unit);
});
