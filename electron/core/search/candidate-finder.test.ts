import assert from 'node:assert/strict';
import test from 'node:test';
import { CandidateFinder, type Posting } from './candidate-finder';

const R = 9;
// slots[s] = docs whose first occurrence of the term is in slot s.
const russia: Posting = [[1, 2], null, [3], undefined, [4]];
const india: Posting = [[3], [1], null, [4, 5]];
const indian: Posting = [[4]];
const energy: Posting = [];

function found(finder: CandidateFinder, units: Posting[][]) {
  const c = finder.find(units);
  return new Map(Array.from(c.docs, (d, i) => [d, c.base[i]]));
}

test('AND: only docs in every unit, scored by the sum of (resolution - slot)', () => {
  const f = new CandidateFinder(10, R);
  assert.deepEqual(found(f, [[russia], [india]]), new Map([[1, R + (R - 1)], [3, (R - 2) + R], [4, (R - 4) + (R - 3)]]));
  // Same answer with the units in the other order, and again (the scratch space is reset).
  assert.deepEqual(found(f, [[india], [russia]]), found(f, [[russia], [india]]));
});

test('a unit with several postings (a prefix) matches any of them and keeps the best slot', () => {
  const f = new CandidateFinder(10, R);
  assert.deepEqual(found(f, [[india, indian]]), new Map([[3, R], [1, R - 1], [4, R], [5, R - 3]]));
  assert.deepEqual(found(f, [[russia], [india, indian]]).get(4), (R - 4) + R);
});

test('an empty unit or no units at all match nothing', () => {
  const f = new CandidateFinder(10, R);
  assert.equal(f.find([[russia], [energy]]).docs.length, 0);
  assert.equal(f.find([[russia], []]).docs.length, 0);
  assert.equal(f.find([]).docs.length, 0);
  // Still clean afterwards.
  assert.deepEqual(found(f, [[russia]]), new Map([[1, R], [2, R], [3, R - 2], [4, R - 4]]));
});

test('inDocOrder returns docs sorted by doc, with their own scores, by sort or by scan', () => {
  // 4 docs touched out of 1000: sorted.
  const few = new CandidateFinder(1000, R).find([[[[500, 3], [77], null, [9]]]], true);
  assert.deepEqual(Array.from(few.docs), [3, 9, 77, 500]);
  assert.deepEqual(Array.from(few.base), [R, R - 3, R - 1, R]);
  // 4 docs touched out of 8: a scan of all docs.
  const many = new CandidateFinder(8, R).find([[[[5, 1], [7, 0]]]], true);
  assert.deepEqual(Array.from(many.docs), [0, 1, 5, 7]);
  assert.deepEqual(Array.from(many.base), [R - 1, R, R, R - 1]);
});
