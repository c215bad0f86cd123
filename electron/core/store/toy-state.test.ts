import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyToy, emptyToy, toyMigrations, toyOpMigrations, validateToy } from './toy-state';

test('migration 2 renames counts to counters without touching its input', () => {
  const v1 = { counts: { a: 1 } };
  const v2 = toyMigrations[2]?.(v1);
  assert.deepEqual(v2, { counters: { a: 1 } });
  assert.deepEqual(v1, { counts: { a: 1 } });
});

test('migration 3 adds an empty log without touching its input', () => {
  const v2 = { counters: { a: 1 } };
  assert.deepEqual(toyMigrations[3]?.(v2), { counters: { a: 1 }, log: [] });
  assert.deepEqual(v2, { counters: { a: 1 } });
});

test('op migration 2 turns a v1 count op into inc and leaves other ops alone', () => {
  assert.deepEqual(toyOpMigrations[2]?.({ type: 'count', key: 'a', n: 2 }), { type: 'inc', key: 'a', by: 2 });
  assert.deepEqual(toyOpMigrations[2]?.({ type: 'push', item: 'x' }), { type: 'push', item: 'x' });
});

test('the reducer applies ops and throws on reject without changing the state', () => {
  const s = emptyToy();
  applyToy(s, { type: 'inc', key: 'a', by: 2 });
  applyToy(s, { type: 'push', item: 'x' });
  assert.throws(() => applyToy(s, { type: 'reject' }));
  assert.deepEqual(s, { counters: { a: 2 }, log: ['x'] });
});

test('validation refuses a state of the wrong shape', () => {
  assert.throws(() => validateToy({ counters: { a: 'x' }, log: [] }));
  assert.throws(() => validateToy({ counters: {}, log: [], extra: 1 }));
  assert.deepEqual(validateToy({ counters: {}, log: [] }), emptyToy());
});
