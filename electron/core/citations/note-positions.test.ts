import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notePositions, POSITION } from './note-positions';

const notes = (...cites: [string, number][]) => cites.map(([sourceId, paragraphN]) => ({ sourceId, paragraphN }));

test('first, ibid, ibid with locator and subsequent follow CSL 1.0.2', () => {
  const p = notePositions(notes(['a', 1], ['a', 1], ['a', 4], ['b', 2], ['a', 7]), 5);
  assert.deepEqual(
    p.map((c) => c.position),
    [POSITION.first, POSITION.ibid, POSITION.ibidWithLocator, POSITION.first, POSITION.subsequent],
  );
  assert.deepEqual(
    p.map((c) => c.locator),
    ['1', '1', '4', '2', '7'],
  );
  assert.ok(p.every((c) => c.label === 'paragraph'));
});

test('near-note and first-reference-note-number describe the earlier note of the same source', () => {
  const p = notePositions(notes(['a', 1], ['b', 1], ['c', 1], ['a', 2], ['d', 1], ['e', 1], ['f', 1], ['g', 1], ['a', 3]), 4);
  assert.equal(p[0]?.['near-note'], undefined);
  assert.equal(p[3]?.['near-note'], true, 'note 4 is 3 notes after note 1');
  assert.equal(p[3]?.['first-reference-note-number'], 1);
  assert.equal(p[8]?.['near-note'], undefined, 'note 9 is 5 notes after note 4');
  assert.equal(p[8]?.['first-reference-note-number'], 1);
});
