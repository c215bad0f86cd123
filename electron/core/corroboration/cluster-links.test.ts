import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterLinks } from './cluster-links';
import { linkTable } from './link-table';

const groups = (claimOf: Int32Array): number[][] => {
  const m = new Map<number, number[]>();
  claimOf.forEach((root, row) => {
    if (root >= 0) m.set(root, [...(m.get(root) ?? []), row]);
  });
  return [...m.values()].sort((x, y) => (x[0] as number) - (y[0] as number));
};

test('a chain of pairwise links does not become one claim', () => {
  // 0~1~2~3~4~5, each step similar, the ends not: similarity falls with distance.
  const links = linkTable([0, 1, 2, 3, 4].map((a) => ({ a, b: a + 1, score: 0.6, kind: 1 })));
  const sim = (a: number, b: number): number => Math.max(0, 0.6 - 0.25 * (Math.abs(a - b) - 1));
  const claimOf = clusterLinks(6, links, Int32Array.from([0, 1, 2, 3, 4, 5]), sim, { minMeanSimilarity: 0.4, sample: 6 });
  const sizes = groups(claimOf).map((g) => g.length);
  assert.ok(Math.max(...sizes) <= 3, `groups ${JSON.stringify(groups(claimOf))}`);
  assert.ok(sizes.length >= 2);
});

test('a tight group stays whole; unlinked rows are -1; same-source pairs do not count', () => {
  const links = linkTable([
    { a: 0, b: 1, score: 0.9, kind: 0 },
    { a: 1, b: 2, score: 0.8, kind: 0 },
    { a: 0, b: 2, score: 0.85, kind: 0 },
  ]);
  const sourceOf = Int32Array.from([0, 1, 1, 2]);
  // Rows 1 and 2 share a source: their similarity (0) must not pull the mean down.
  const sim = (a: number, b: number): number => (sourceOf[a] === sourceOf[b] ? 0 : 0.85);
  const claimOf = clusterLinks(4, links, sourceOf, sim, { minMeanSimilarity: 0.4, sample: 6 });
  assert.deepEqual(groups(claimOf), [[0, 1, 2]]);
  assert.equal(claimOf[3], -1);
});

test('with `only`, other rows are left out and come back -1', () => {
  const links = linkTable([
    { a: 0, b: 1, score: 0.9, kind: 0 },
    { a: 2, b: 3, score: 0.9, kind: 0 },
  ]);
  const claimOf = clusterLinks(4, links, Int32Array.from([0, 1, 2, 3]), () => 0.9, { minMeanSimilarity: 0.4, sample: 6 }, Uint8Array.from([0, 0, 1, 1]));
  assert.deepEqual(groups(claimOf), [[2, 3]]);
  assert.equal(claimOf[0], -1);
});
