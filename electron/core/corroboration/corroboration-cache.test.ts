import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLinks } from './build-links';
import { readCache, writeCache } from './corroboration-cache';
import { loadBundled, tempDir } from './corroboration-test-kit';

test('a written cache reads back identical', async () => {
  const { state } = buildLinks(await loadBundled(), null);
  const dir = tempDir();
  const file = path.join(dir, 'c.bin');
  await writeCache(file, state);
  const read = await readCache(file);
  assert.ok(read.ok);
  assert.deepEqual(read.state, state);
  assert.deepEqual(readdirSync(dir), ['c.bin'], 'no temp file left behind');
});

test('missing, truncated, altered or foreign files are reasons, not throws', async () => {
  const { state } = buildLinks(await loadBundled(), null);
  const dir = tempDir();
  const file = path.join(dir, 'c.bin');
  assert.deepEqual(await readCache(file), { ok: false, reason: 'no cache yet' });
  await writeCache(file, state);
  const good = readFileSync(file);

  writeFileSync(file, good.subarray(0, good.length - 7));
  const torn = await readCache(file);
  assert.ok(!torn.ok && /expected/.test(torn.reason), JSON.stringify(torn));

  const flipped = Buffer.from(good);
  flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0xff;
  writeFileSync(file, flipped);
  const altered = await readCache(file);
  assert.ok(!altered.ok && /checksum/.test(altered.reason), JSON.stringify(altered));

  writeFileSync(file, '{"not":"ours"}');
  const foreign = await readCache(file);
  assert.ok(!foreign.ok && /not a corroboration cache/.test(foreign.reason));
});

test('a write over an existing cache replaces it whole', async () => {
  const corpus = await loadBundled();
  const { state } = buildLinks(corpus, null);
  const file = path.join(tempDir(), 'c.bin');
  await writeCache(file, { ...state, fingerprint: 'older' });
  await writeCache(file, state);
  const read = await readCache(file);
  assert.ok(read.ok);
  assert.equal(read.state.fingerprint, corpus.fingerprint);
});
