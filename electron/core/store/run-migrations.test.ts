import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MissingMigrationError, runMigrations } from './run-migrations';

const steps = {
  2: (d: { trail: number[] }) => ({ trail: [...d.trail, 2] }),
  3: (d: { trail: number[] }) => ({ trail: [...d.trail, 3] }),
};

test('runs each step after the stored version, in order', () => {
  assert.deepEqual(runMigrations({ trail: [1] }, 1, 3, steps), { trail: [1, 2, 3] });
  assert.deepEqual(runMigrations({ trail: [2] }, 2, 3, steps), { trail: [2, 3] });
});

test('a current document passes through unchanged', () => {
  const doc = { trail: [3] };
  assert.equal(runMigrations(doc, 3, 3, steps), doc);
});

test('a missing step is reported as a programming error', () => {
  assert.throws(() => runMigrations({ trail: [] }, 1, 4, steps), (e: unknown) => e instanceof MissingMigrationError && /schema 4/.test((e as Error).message));
});
