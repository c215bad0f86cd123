import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelFor } from '../shared/api';
import { BRIDGE_METHODS } from './bridge-methods';
import { createBridge } from './create-bridge';

test('each method invokes its own channel with exactly the payload it was given', async () => {
  const calls: unknown[][] = [];
  const bridge = createBridge(async (...args) => {
    calls.push(args);
    return { ok: true, value: args[0] };
  });
  assert.deepEqual(Object.keys(bridge).sort(), [...BRIDGE_METHODS].sort());
  for (const method of BRIDGE_METHODS) assert.equal(typeof bridge[method], 'function', method);

  assert.deepEqual(await bridge.getSource({ id: 's1' }), { ok: true, value: 'notebook:getSource' });
  // Extra arguments from the page are dropped, not forwarded.
  await (bridge.listTags as (...a: unknown[]) => Promise<unknown>)(undefined, 'notebook:restoreBackup', { name: 'x' });
  assert.deepEqual(calls, [
    [channelFor('getSource'), { id: 's1' }],
    [channelFor('listTags'), undefined],
  ]);
});

test('the bridge object is frozen and exposes nothing but the methods', () => {
  const bridge = createBridge(async () => null);
  assert.ok(Object.isFrozen(bridge));
  assert.equal(Object.getPrototypeOf(bridge), Object.prototype);
  assert.equal('invoke' in bridge, false);
});
