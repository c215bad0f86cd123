// The preload as it ships: bundled with the build's own esbuild settings and run in a VM context
// with a stand-in for the 'electron' module, to see exactly what it puts on window.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { test } from 'node:test';
import { build, type BuildOptions } from 'esbuild';
import { channelFor } from '../shared/api';
import { NOTEBOOK_METHODS } from '../shared/dispatch';
import { BRIDGE_METHODS } from './bridge-methods';

const root = join(import.meta.dirname, '..', '..');

async function runPreload() {
  const { targets } = (await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)) as { targets: { preload: BuildOptions } };
  const out = await build({ ...targets.preload, bundle: true, write: false, logLevel: 'silent', absWorkingDir: root });
  const code = out.outputFiles?.[0]?.text ?? '';
  const exposed: { name: string; api: unknown }[] = [];
  const invoked: unknown[][] = [];
  const listened: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.push({ name, api }) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { ok: true, value: null };
      },
      on: (channel: string) => listened.push(channel),
      send: () => assert.fail('the preload must not send'),
      sendSync: () => assert.fail('the preload must not send'),
    },
  };
  const required: string[] = [];
  const window = { dispatchEvent: () => true };
  const module = { exports: {} };
  runInNewContext(code, {
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`the sandboxed preload required ${id}`);
    },
    module,
    exports: module.exports,
    window,
    CustomEvent: function CustomEvent() {},
  });
  return { exposed, invoked, listened, required, electron };
}

test('the preload exposes window.notebook only, with exactly the allowlisted methods', async () => {
  const { exposed, required, electron } = await runPreload();
  assert.deepEqual(required, ['electron']);
  assert.deepEqual(
    exposed.map((e) => e.name),
    ['notebook'],
    'one name on window',
  );
  const api = exposed[0]?.api as Record<string | symbol, unknown>;
  assert.ok(Object.isFrozen(api), 'window.notebook is frozen');
  // A plain object (of the VM's realm): nothing inherited beyond Object.prototype.
  const proto = Object.getPrototypeOf(api) as object;
  assert.equal(Object.getPrototypeOf(proto), null);
  assert.equal((proto as { constructor: { name: string } }).constructor.name, 'Object');
  assert.deepEqual(Object.getOwnPropertySymbols(api), []);
  assert.deepEqual(Object.getOwnPropertyNames(api).sort(), [...BRIDGE_METHODS].sort(), 'the allowlist, nothing more');
  assert.deepEqual([...BRIDGE_METHODS].sort(), [...NOTEBOOK_METHODS].sort(), 'the allowlist is the contract');
  for (const name of Object.getOwnPropertyNames(api)) {
    const value = api[name];
    assert.equal(typeof value, 'function', name);
    // Named functions over invoke, never ipcRenderer or one of its methods handed out.
    for (const raw of Object.values(electron.ipcRenderer)) assert.notEqual(value, raw, `${name} is a raw ipcRenderer method`);
  }
  for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'postMessage', 'require', 'process', 'electron']) {
    assert.equal(forbidden in api, false, forbidden);
  }
});

test('each exposed method invokes its own channel with one argument, and extra arguments are dropped', async () => {
  const { exposed, invoked, listened } = await runPreload();
  const api = exposed[0]?.api as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of BRIDGE_METHODS) await api[method]?.({ probe: method }, 'notebook:restoreBackup', { name: 'x' });
  assert.deepEqual(
    invoked,
    BRIDGE_METHODS.map((method) => [channelFor(method), { probe: method }]),
  );
  // The only thing the preload listens to is main's menu commands.
  assert.deepEqual(listened, ['dossier:command']);
});
