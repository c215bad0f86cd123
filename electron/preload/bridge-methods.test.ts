import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOTEBOOK_METHODS } from '../shared/dispatch';
import { BRIDGE_METHODS } from './bridge-methods';

test('the preload list names the same methods as the contract', () => {
  assert.deepEqual([...BRIDGE_METHODS].sort(), [...NOTEBOOK_METHODS].sort());
  assert.equal(new Set(BRIDGE_METHODS).size, BRIDGE_METHODS.length);
});
