import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NotebookApi, NotebookMethod } from '../shared/api';
import { openTestNotebook } from '../core/notebook/notebook-test-kit';
import { NOTEBOOK_METHODS } from '../shared/dispatch';
import { NotebookError } from '../shared/result';
import { BRIDGE_METHODS } from '../preload/bridge-methods';
import { createIpcHandlers } from './create-ipc-handlers';
import { isTrustedSender, type SenderInfo } from './is-trusted-sender';

const trusted: SenderInfo = { webContentsId: 1, isMainFrame: true, url: 'app://dossier/index.html' };
const ids = new Set([1]);

/** A stand-in notebook: every method records its input and answers with a fixed value. */
function recordingApi(answer: (method: NotebookMethod, input: unknown) => unknown) {
  const calls: { method: NotebookMethod; input: unknown }[] = [];
  const api = Object.fromEntries(
    BRIDGE_METHODS.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        return answer(method, input);
      },
    ]),
  ) as unknown as NotebookApi;
  return { api, calls };
}

test('there is exactly one handler per NotebookApi method', () => {
  const { api } = recordingApi(() => null);
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: () => true });
  assert.deepEqual(Object.keys(handlers).sort(), [...BRIDGE_METHODS].sort());
  assert.deepEqual([...NOTEBOOK_METHODS].sort(), [...BRIDGE_METHODS].sort());
});

test('a trusted, valid call reaches the notebook with the parsed input and returns an envelope', async () => {
  const { api, calls } = recordingApi((method) => (method === 'createTag' ? { id: 't1', name: 'Energy' } : null));
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: (s) => isTrustedSender(s, ids) });
  assert.deepEqual(await handlers.createTag(trusted, { name: '  Energy ' }), { ok: true, value: { id: 't1', name: 'Energy' } });
  assert.deepEqual(calls, [{ method: 'createTag', input: { name: 'Energy' } }]);
  // A void method crosses as null, not undefined.
  assert.deepEqual(await handlers.deleteTag(trusted, { id: 't1' }), { ok: true, value: null });
});

test('an untrusted sender is refused before the notebook is touched', async () => {
  const { api, calls } = recordingApi(() => null);
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: (s) => isTrustedSender(s, ids) });
  for (const sender of [null, { ...trusted, isMainFrame: false }, { ...trusted, url: 'https://evil.example/' }, { ...trusted, webContentsId: 2 }]) {
    const r = await handlers.listTags(sender, undefined);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'FORBIDDEN');
  }
  assert.equal(calls.length, 0);
});

test('an invalid payload is INVALID_INPUT and never reaches the notebook', async () => {
  const { api, calls } = recordingApi(() => null);
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: () => true });
  const bad = await handlers.tagParagraph(trusted, { paragraphId: '../../etc', tagId: 't1' });
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.error.code, 'INVALID_INPUT');
  const extra = await handlers.getSource(trusted, { id: 's1', __proto__x: 1 });
  assert.equal(!extra.ok && extra.error.code, 'INVALID_INPUT');
  assert.equal(calls.length, 0);
});

test('errors keep their code; a notebook that failed to open is reported, not thrown', async () => {
  const { api } = recordingApi(() => {
    throw new NotebookError('NOT_FOUND', 'No briefing b9');
  });
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: () => true });
  assert.deepEqual(await handlers.getBriefing(trusted, { id: 'b9' }), { ok: false, error: { code: 'NOT_FOUND', message: 'No briefing b9' } });

  const broken = createIpcHandlers({
    getApi: () => Promise.reject(new NotebookError('LOCKED', 'Another Dossier holds /data/notebook.lock')),
    isTrusted: () => true,
  });
  const r = await broken.status(trusted, undefined);
  assert.equal(!r.ok && r.error.code, 'INTERNAL');
  assert.match(!r.ok ? r.error.message : '', /notebook\.lock/);
});

test('onSuccess sees successful calls only, and its own failure does not fail the call', async () => {
  const { api } = recordingApi((method) => (method === 'updateSettings' ? { theme: 'dark' } : null));
  const seen: string[] = [];
  const handlers = createIpcHandlers({
    getApi: async () => api,
    isTrusted: () => true,
    onSuccess: (method) => {
      seen.push(method);
      throw new Error('side effect failed');
    },
  });
  assert.deepEqual(await handlers.updateSettings(trusted, { theme: 'dark' }), { ok: true, value: { theme: 'dark' } });
  await handlers.updateSettings(trusted, { theme: 'purple' });
  assert.deepEqual(seen, ['updateSettings']);
});

test('over the real notebook: values, codes and refusals arrive as envelopes', { timeout: 120_000 }, async () => {
  const nb = await openTestNotebook();
  try {
    const handlers = createIpcHandlers({ getApi: async () => nb, isTrusted: (s) => isTrustedSender(s, ids) });
    const status = await handlers.status(trusted, undefined);
    assert.equal(status.ok && (status.value as { sourceCount: number }).sourceCount, 5);
    const missing = await handlers.getSource(trusted, { id: 'no-such-source' });
    assert.equal(!missing.ok && missing.error.code, 'NOT_FOUND');
    const tag = await handlers.createTag(trusted, { name: 'Energy' });
    assert.equal(tag.ok, true);
    const refused = await handlers.deleteTag({ ...trusted, isMainFrame: false }, { id: tag.ok ? (tag.value as { id: string }).id : '' });
    assert.equal(!refused.ok && refused.error.code, 'FORBIDDEN');
    const tags = await handlers.listTags(trusted, undefined);
    assert.deepEqual(tags.ok && (tags.value as { name: string }[]).map((t) => t.name), ['Energy']);
  } finally {
    await nb.close();
  }
});
