import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widestPaths, type PathLink } from './claim-paths';

/** Undirected links: [a, b, score, quote]. */
function graph(links: [number, number, number, boolean][]): (row: number) => PathLink[] {
  return (row) =>
    links.flatMap(([a, b, score, quote]) => (a === row ? [{ other: b, score, quote }] : b === row ? [{ other: a, score, quote }] : []));
}

test('each member is reached by its strongest chain, scored by the chain’s weakest link', () => {
  // 0 -0.9- 1 -0.8- 2, and a direct weak 0 -0.3- 2: the chain through 1 holds better.
  const links = graph([
    [0, 1, 0.9, true],
    [1, 2, 0.8, false],
    [0, 2, 0.3, true],
    [2, 3, 0.7, true],
  ]);
  const paths = widestPaths(0, new Set([0, 1, 2, 3]), links);
  assert.deepEqual(Object.fromEntries(paths), {
    1: { score: 0.9, quote: true },
    2: { score: 0.8, quote: false },
    3: { score: 0.7, quote: false },
  });
});

test('only links among the members count; rows out of the claim are neither reached nor passed through', () => {
  const links = graph([
    [0, 9, 0.9, true],
    [9, 1, 0.9, true],
    [0, 2, 0.5, true],
  ]);
  assert.deepEqual(Object.fromEntries(widestPaths(0, new Set([0, 1, 2]), links)), { 2: { score: 0.5, quote: true } });
  assert.equal(widestPaths(0, new Set([0]), links).size, 0);
});
