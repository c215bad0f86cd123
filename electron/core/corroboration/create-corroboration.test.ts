import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isNotebookError } from '../../shared/result';
import { loadCorpus } from '../corpus/load-corpus';
import { copyBundled, DESPERATE, loadBundled, NDTV, PRINT, TRT, tempDir } from './corroboration-test-kit';
import { cacheFileFor, createCorroboration } from './create-corroboration';

const notFound = (e: unknown): boolean => isNotebookError(e) && e.code === 'NOT_FOUND';

test('builds once, then loads from the cache with the same answers', async () => {
  const corpus = await loadBundled();
  const cacheDir = path.join(tempDir(), 'cache');
  const first = createCorroboration({ corpus, cacheDir });
  const built = await first.open();
  assert.equal(built.mode, 'full');
  assert.equal(built.cacheProblem, null);
  assert.ok(built.cacheFile && existsSync(built.cacheFile));
  const second = createCorroboration({ corpus, cacheDir });
  const loaded = await second.open();
  assert.equal(loaded.mode, 'cached');
  assert.equal(loaded.build, null);
  assert.deepEqual(second.claims(), first.claims());
  assert.deepEqual(second.related(`${NDTV}:p8`), first.related(`${NDTV}:p8`));
  assert.equal(loaded.links, built.links);
});

test('related, claimFor, discrepancies and compare answer for the bundled corpus', async () => {
  const c = createCorroboration({ corpus: await loadBundled(), cacheDir: null });
  assert.throws(() => c.claims(), /open\(\) first/);
  await c.open();
  const related = c.related(`${NDTV}:p8`);
  assert.ok(related.every((l) => l.a === `${NDTV}:p8` && !l.b.startsWith(NDTV)));
  assert.deepEqual(related.map((l) => l.score), [...related.map((l) => l.score)].sort((x, y) => y - x));
  assert.equal(related.find((l) => l.b === `${DESPERATE}:p6`)?.kind, 'quote');
  assert.deepEqual(c.related(`${NDTV}:p1`), [], 'a dateline has no links');
  assert.deepEqual(c.related('no-such-source:p1'), []);

  // Members of one claim report the same: each lists the others, through the claim where it has no link of its own.
  const through = c.related(`${PRINT}:p4`).find((l) => l.b === `${TRT}:p3`);
  assert.equal(through?.via, 'claim', '"going to deepen…" and "confirmed our determination…" are joined by the other translations');
  assert.ok((through?.score ?? 0) > 0.4 && c.related(`${PRINT}:p4`).some((l) => l.via === 'link'));
  const own = c.related(`${PRINT}:p4`).filter((l) => l.via === 'link');
  assert.deepEqual([...c.linksOf(`${PRINT}:p4`)].sort((x, y) => y.score - x.score || (x.b < y.b ? -1 : 1)), own, 'linksOf: its own links only');
  assert.deepEqual(c.linksOf('no-such-source:p1'), []);
  for (const x of c.claims()) {
    for (const m of x.members) {
      const listed = new Set(c.related(m.paragraphId).map((l) => l.b));
      const others = x.members.filter((o) => o.sourceId !== m.sourceId).map((o) => o.paragraphId);
      assert.deepEqual(others.filter((id) => !listed.has(id)), [], `${m.paragraphId} lists every member of its claim in other sources`);
    }
  }

  const claim = c.claimFor(`${NDTV}:p10`);
  assert.ok(claim);
  assert.ok(c.claims().includes(claim));
  assert.equal(c.claimFor(`${NDTV}:p13`), undefined);
  assert.ok((await c.discrepancies(claim.id)).some((d) => d.type === 'date'));
  await assert.rejects(c.discrepancies('c0000000000000000'), notFound);

  const diff = c.compare(`${NDTV}:p8`, `${TRT}:p10`);
  assert.ok(diff.a.some((p) => p.match && p.text.includes('reiterated')));
  assert.throws(() => c.compare(`${NDTV}:p8`, `${NDTV}:p999`), notFound);
  // Claims with more independent sources come first.
  const counts = c.claims().map((x) => x.independentSources);
  assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
});

test('a corrupt cache is rebuilt and replaced', async () => {
  const corpus = await loadBundled();
  const cacheDir = tempDir();
  await createCorroboration({ corpus, cacheDir }).open();
  const file = cacheFileFor(cacheDir, corpus);
  writeFileSync(file, readFileSync(file).subarray(0, 100));
  const reopened = await createCorroboration({ corpus, cacheDir }).open();
  assert.equal(reopened.mode, 'full');
  assert.match(reopened.cacheProblem ?? '', /unusable/);
  assert.equal((await createCorroboration({ corpus, cacheDir }).open()).mode, 'cached');
});

test('after one article changes, only it is recomputed', async () => {
  const dir = copyBundled();
  const cacheDir = tempDir();
  await createCorroboration({ corpus: await loadCorpus(dir), cacheDir }).open();
  const file = path.join(dir, '003_4197f04110c4ab2c.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('next year', 'in two years'));
  const changed = await loadCorpus(dir);
  const c = createCorroboration({ corpus: changed, cacheDir });
  const status = await c.open();
  assert.equal(status.mode, 'incremental');
  assert.deepEqual(status.build?.recomputedSources, [DESPERATE]);
  const date = (await c.discrepancies(c.claimFor(`${NDTV}:p10`)?.id ?? '')).find((d) => d.type === 'date');
  assert.equal(date?.values.find((v) => v.paragraphId === `${DESPERATE}:p4`)?.value, '2023');
});

test('a cache that cannot be written is reported, not fatal', async () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, 'not a directory');
  const status = await createCorroboration({ corpus: await loadBundled(), cacheDir: blocker }).open();
  assert.equal(status.mode, 'full');
  assert.match(status.cacheProblem ?? '', /could not save/);
});
