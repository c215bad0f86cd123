import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/corpus';
import { loadCorpus } from '../corpus/load-corpus';
import { buildLinks } from './build-links';
import { copyBundled, DESPERATE, loadBundled, NDTV, PRINT, TAKEAWAYS, TRT } from './corroboration-test-kit';
import { LinkIndex } from './link-index';
import { LINK_KINDS, type LinkState } from './link-table';

interface Edge {
  a: string;
  b: string;
  kind: string;
  score: number;
}

function edges(state: LinkState): Edge[] {
  const index = new LinkIndex(state);
  const out: Edge[] = [];
  for (let i = 0; i < state.links.a.length; i++) {
    const [a, b] = [index.idOf(state.links.a[i] as number), index.idOf(state.links.b[i] as number)].sort() as [string, string];
    out.push({ a, b, kind: LINK_KINDS[state.links.kind[i] as number] as string, score: state.links.score[i] as number });
  }
  return out.sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
}
const find = (es: Edge[], a: string, b: string): Edge | undefined => es.find((e) => (e.a === a && e.b === b) || (e.a === b && e.b === a));
const claimMembers = (state: LinkState, id: string): string[] => {
  const index = new LinkIndex(state);
  const root = state.claimOf[index.rowOf(id)];
  const out: string[] = [];
  state.claimOf.forEach((r, row) => {
    if (r === root) out.push(index.idOf(row));
  });
  return out.sort();
};

test('bundled corpus: the three translations of the Lavrov remark link to each other as quotes', async () => {
  const es = edges(buildLinks(await loadBundled(), null).state);
  const versions = [`${NDTV}:p3`, `${NDTV}:p8`, `${DESPERATE}:p6`, `${TRT}:p3`, `${TRT}:p10`];
  for (const a of versions) {
    for (const b of versions) {
      if (a >= b || a.split(':')[0] === b.split(':')[0]) continue;
      assert.equal(find(es, a, b)?.kind, 'quote', `${a} ~ ${b}`);
    }
  }
});

test('bundled corpus: "S-400s would be discussed at a meeting of defense ministers later in the year" links across sources', async () => {
  const es = edges(buildLinks(await loadBundled(), null).state);
  for (const p of [`${NDTV}:p5`, `${NDTV}:p10`]) {
    for (const other of [`${DESPERATE}:p4`, `${DESPERATE}:p7`, `${PRINT}:p15`]) {
      const e = find(es, p, other);
      assert.equal(e?.kind, 'paraphrase', `${p} ~ ${other}`);
    }
  }
});

test('bundled corpus: unrelated paragraphs do not link, and no link stays inside one source', async () => {
  const corpus = await loadBundled();
  const es = edges(buildLinks(corpus, null).state);
  assert.equal(find(es, `${NDTV}:p8`, `${PRINT}:p8`), undefined, 'the remark vs. the paragraph naming the same ministers');
  assert.equal(find(es, `${NDTV}:p10`, `${TAKEAWAYS}:p8`), undefined, 'defence ministers vs. the annual summit');
  for (const lonely of [`${NDTV}:p13`, `${TAKEAWAYS}:p16`, `${PRINT}:p28`]) {
    assert.equal(es.filter((e) => e.a === lonely || e.b === lonely).length, 0, lonely);
  }
  assert.ok(es.every((e) => e.a.split(':')[0] !== e.b.split(':')[0]));
  assert.ok(es.every((e) => e.score >= 0.4 && e.score <= 1));
});

test('bundled corpus: the remark and the ministers meeting are two claims, each whole', async () => {
  const { state } = buildLinks(await loadBundled(), null);
  const remark = claimMembers(state, `${NDTV}:p8`);
  for (const id of [`${DESPERATE}:p6`, `${NDTV}:p3`, `${TRT}:p10`, `${TRT}:p3`]) assert.ok(remark.includes(id), id);
  // Besides the five versions, at most ThePrint's "going to deepen military and technical cooperation".
  assert.ok(remark.every((id) => id.includes(':p3') || id.includes(':p6') || id.includes(':p8') || id.includes(':p10') || id === `${PRINT}:p4`), remark.join(' '));
  assert.deepEqual(claimMembers(state, `${NDTV}:p10`), [`${DESPERATE}:p4`, `${DESPERATE}:p7`, `${PRINT}:p15`, `${NDTV}:p10`, `${NDTV}:p5`].sort());
});

async function editedCopy(edit: (text: string) => string, file = '003_4197f04110c4ab2c.txt'): Promise<Corpus> {
  const dir = copyBundled();
  const p = path.join(dir, file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
  return loadCorpus(dir);
}

test('an edited source: only it is recomputed, and the result matches a full build', async () => {
  const before = await loadCorpus(copyBundled());
  const first = buildLinks(before, null).state;
  const after = await editedCopy((t) => t.replace('would meet at the end of this year on the S-400', 'would meet next month to take up the S-400 question'));
  const update = buildLinks(after, first);
  assert.equal(update.stats.mode, 'incremental');
  assert.deepEqual(update.stats.recomputedSources, [DESPERATE]);
  const full = buildLinks(after, null).state;
  const touches = (e: Edge): boolean => e.a.startsWith(`${DESPERATE}:`) || e.b.startsWith(`${DESPERATE}:`);
  const inc = edges(update.state);
  // Links of the edited source: exactly what a full build finds.
  assert.deepEqual(inc.filter(touches), edges(full).filter(touches));
  // Links between unchanged sources: carried over as they were.
  assert.deepEqual(inc.filter((e) => !touches(e)), edges(first).filter((e) => !touches(e)));
  assert.deepEqual(update.state.table, full.table);
  assert.deepEqual(update.state.claimOf, full.claimOf);
});

test('a corpus whose paragraphs did not change is not rebuilt; a removed source loses its links', async () => {
  const first = buildLinks(await loadBundled(), null).state;
  const dir = copyBundled();
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sources: { id: string; published: string }[] };
  manifest.sources = manifest.sources.map((s, i) => (i === 1 ? { ...s, published: '2021-04-07' } : s));
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const redated = buildLinks(await loadCorpus(dir), first);
  assert.equal(redated.stats.mode, 'unchanged');
  assert.deepEqual(redated.state.links, first.links);

  manifest.sources = manifest.sources.filter((s) => s.id !== TRT);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const removed = buildLinks(await loadCorpus(dir), first);
  assert.equal(removed.stats.mode, 'incremental');
  assert.deepEqual(removed.stats.removedSources, [TRT]);
  assert.deepEqual(removed.stats.recomputedSources, []);
  const left = edges(removed.state);
  assert.ok(left.length > 0);
  assert.deepEqual(left, edges(first).filter((e) => !e.a.startsWith(TRT) && !e.b.startsWith(TRT)));
});

test('past a quarter of the paragraphs changed, or with other rules: a full build', async () => {
  const first = buildLinks(await loadBundled(), null).state;
  const changed = await editedCopy((t) => t, '000_6612f3cf42d3530b.txt');
  const dir = path.dirname(path.join(changed.dir, 'x'));
  for (const file of ['001_644bd4d07c5c6ddf.txt', '002_3997130cec943da5.txt']) {
    const p = path.join(dir, file);
    writeFileSync(p, readFileSync(p, 'utf8').replaceAll('Lavrov', 'Lavrov himself'));
  }
  const many = buildLinks(await loadCorpus(dir), first);
  assert.equal(many.stats.mode, 'full');
});

test('rules changed since the previous state: a full build', async () => {
  const corpus = await loadBundled();
  const first = buildLinks(corpus, null).state;
  const again = buildLinks(corpus, { ...first, paramsKey: 'older-rules' });
  assert.equal(again.stats.mode, 'full');
  assert.equal(again.stats.recomputedSources.length, 5);
});
