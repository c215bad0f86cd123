import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isNotebookError } from '../../shared/result';
import { loadCorpus } from '../corpus/load-corpus';
import type { Corpus } from '../corpus/corpus';
import { createCorroborationLoader } from './corroboration-loader';
import { BUNDLED, copyBundled, corpusOf, loadBundled, NDTV, tempDir } from './corroboration-test-kit';
import type { Worker } from 'node:worker_threads';
import { createCorroboration } from './create-corroboration';
import { discrepancyFileFor } from './discrepancy-cache';
import { findDiscrepancies } from './find-discrepancies';
import { cacheFileFor, type CorroborationStatus } from './load-link-state';

const corroborationLoaderFor = (corpus: Corpus, corpusDir: string, cacheDir: string | null, onLoaded?: (s: CorroborationStatus) => void) =>
  createCorroborationLoader({ corpus, corpusDir, cacheDir, onLoaded });

test('the worker finds the same links and claims as a build in this thread', async () => {
  const corpus = await loadBundled();
  const loader = corroborationLoaderFor(corpus, BUNDLED, tempDir());
  assert.equal(loader.state().state, 'idle');
  const pending = loader.get();
  assert.equal(loader.state().state, 'building');
  const fromWorker = await pending;
  assert.deepEqual(loader.state(), { state: 'ready', step: null, elapsedMs: 0, error: null });
  const here = createCorroboration({ corpus, cacheDir: null });
  await here.open();
  assert.deepEqual(fromWorker.claims(), here.claims());
  for (const p of corpus.allParagraphs()) assert.deepEqual(fromWorker.related(p.id), here.related(p.id), p.id);
  assert.equal(await loader.get(), fromWorker, 'one load per loader');
  await loader.close();
});

test('the worker writes the cache, and the next worker loads it', async () => {
  const corpus = await loadBundled();
  const cacheDir = tempDir();
  const statuses: string[] = [];
  const first = corroborationLoaderFor(corpus, BUNDLED, cacheDir, (s) => statuses.push(s.mode));
  const built = await first.get();
  const second = corroborationLoaderFor(corpus, BUNDLED, cacheDir, (s) => statuses.push(s.mode));
  const loaded = await second.get();
  assert.deepEqual(statuses, ['full', 'cached']);
  assert.deepEqual(loaded.claims(), built.claims());
  // A corrupt cache is rebuilt, not an error.
  const file = cacheFileFor(cacheDir, corpus);
  writeFileSync(file, readFileSync(file).subarray(0, 100));
  await corroborationLoaderFor(corpus, BUNDLED, cacheDir, (s) => statuses.push(s.mode)).get();
  assert.equal(statuses[2], 'full');
});

test('a corpus that cannot be read is a CORPUS error, and the next call tries again', async () => {
  const dir = copyBundled();
  const corpus = await loadCorpus(dir);
  const manifest = path.join(dir, 'manifest.json');
  const saved = readFileSync(manifest);
  rmSync(manifest);
  const loader = corroborationLoaderFor(corpus, dir, tempDir());
  await assert.rejects(loader.get(), (e) => isNotebookError(e) && e.code === 'CORPUS' && /Finding the links between sources failed: .*manifest/.test(e.message));
  const failed = loader.state();
  assert.equal(failed.state, 'failed');
  assert.match(failed.error ?? '', /manifest/);
  writeFileSync(manifest, saved);
  const c = await loader.get();
  assert.ok(c.related(`${NDTV}:p8`).length > 0);
  assert.equal(loader.state().state, 'ready');
});

test('a worker whose corpus differs from this thread’s says so', async () => {
  const other = corpusOf({ a: ['One text.'], b: ['Another text.'] });
  const loader = corroborationLoaderFor(other, BUNDLED, null);
  await assert.rejects(loader.get(), (e) => isNotebookError(e) && e.code === 'CORPUS' && /changed after the notebook opened it/.test(e.message));
});

test('closing stops a running worker, and the loader refuses calls from then on', async () => {
  const loader = corroborationLoaderFor(await loadBundled(), BUNDLED, tempDir());
  const pending = loader.get();
  await loader.close();
  await assert.rejects(pending, (e) => isNotebookError(e) && /stopped: the notebook was closed/.test(e.message));
  await assert.rejects(loader.get(), /The notebook is closed/);
});

test('the worker finds the same discrepancies as findDiscrepancies in this thread, for every claim, on request and in the background', async () => {
  const corpus = await loadBundled();
  const loader = corroborationLoaderFor(corpus, BUNDLED, tempDir());
  const c = await loader.get();
  const claims = c.claims();
  assert.ok(claims.length > 2);
  const textOf = (id: string): string => corpus.getParagraph(id)?.text ?? '';
  const expected = new Map(claims.map((claim) => [claim.id, findDiscrepancies(claim, textOf)]));
  assert.ok([...expected.values()].some((d) => d.length > 0), 'some claim of the bundled corpus has discrepancies');
  const half = claims.slice(0, Math.floor(claims.length / 2)).map((claim) => claim.id);
  const asked = await c.discrepanciesOf(half);
  assert.deepEqual([...asked.keys()], half, 'answers in the order asked');
  for (const id of half) assert.deepEqual(asked.get(id), expected.get(id), id);
  assert.equal(c.knownDiscrepancies(claims.at(-1)?.id ?? ''), undefined, 'the rest is not found yet');
  await c.checkAllDiscrepancies();
  for (const claim of claims) assert.deepEqual(c.knownDiscrepancies(claim.id), expected.get(claim.id), claim.id);
  await assert.rejects(c.discrepanciesOf([half[0] ?? '', 'c0000000000000000']), (e) => isNotebookError(e) && e.code === 'NOT_FOUND');
  await loader.close();
});

test('discrepancies found by one worker are known to the next from the start; a damaged file is not used', async () => {
  const corpus = await loadBundled();
  const cacheDir = tempDir();
  const first = corroborationLoaderFor(corpus, BUNDLED, cacheDir);
  const c1 = await first.get();
  const claims = c1.claims();
  await c1.checkAllDiscrepancies();
  const expected = claims.map((claim) => c1.knownDiscrepancies(claim.id));
  await first.close();
  const file = discrepancyFileFor(cacheDir, corpus);
  assert.ok(readFileSync(file, 'utf8').length > 100, 'saved when the check completed');
  const second = corroborationLoaderFor(corpus, BUNDLED, cacheDir);
  const c2 = await second.get();
  assert.deepEqual(claims.map((claim) => c2.knownDiscrepancies(claim.id)), expected, 'known at once, nothing asked of the worker');
  await second.close();
  writeFileSync(file, 'not json\n[]');
  const third = corroborationLoaderFor(corpus, BUNDLED, cacheDir);
  const c3 = await third.get();
  assert.equal(c3.knownDiscrepancies(claims[0]?.id ?? ''), undefined, 'a damaged file is not used');
  assert.deepEqual(await c3.discrepancies(claims[0]?.id ?? ''), expected[0], 'and the claims are found again');
  await third.close();
});

test('closing the notebook while the worker finds discrepancies rejects the waiting call, and stops the worker', async () => {
  const corpus = await loadBundled();
  let worker: Worker | null = null;
  const loader = createCorroborationLoader({ corpus, corpusDir: BUNDLED, cacheDir: tempDir(), onWorker: (w) => (worker = w) });
  const c = await loader.get();
  const exited = new Promise((resolve) => worker?.once('exit', resolve));
  const pending = c.discrepanciesOf(c.claims().map((claim) => claim.id));
  const checking = c.checkAllDiscrepancies();
  await loader.close();
  await assert.rejects(pending, (e) => isNotebookError(e) && /stopped: the notebook was closed/.test(e.message));
  await assert.rejects(checking, (e) => isNotebookError(e) && /stopped: the notebook was closed/.test(e.message));
  await exited;
  await assert.rejects(c.discrepancies(c.claims()[0]?.id ?? ''), /the notebook was closed/);
});

test('a worker lost after the links came is an INTERNAL error for the waiting call; the next call starts a new worker', async () => {
  const corpus = await loadBundled();
  const workers: Worker[] = [];
  const loader = createCorroborationLoader({ corpus, corpusDir: BUNDLED, cacheDir: tempDir(), onWorker: (w) => workers.push(w) });
  const first = await loader.get();
  const ids = first.claims().map((claim) => claim.id);
  const pending = first.discrepanciesOf(ids);
  await workers[0]?.terminate(); // from outside the loader, as a crash ends it
  await assert.rejects(pending, (e) => isNotebookError(e) && e.code === 'INTERNAL' && /corroboration worker stopped unexpectedly/.test(e.message));
  assert.equal(loader.state().state, 'failed');
  await assert.rejects(first.discrepanciesOf(ids), /stopped unexpectedly/, 'the lost worker answers no more');
  const second = await loader.get();
  assert.notEqual(second, first);
  assert.equal(workers.length, 2);
  assert.equal((await second.discrepanciesOf(ids)).size, ids.length);
  assert.equal(loader.state().state, 'ready');
  await loader.close();
});
