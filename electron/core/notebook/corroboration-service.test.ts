import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isNotebookError } from '../../shared/result';
import type { ClaimView } from '../../shared/types';
import type { Notebook } from './open-notebook';
import { openTestNotebook, P, tempDir } from './notebook-test-kit';

const NDTV = 'russia-india-non-committal-on-s-400';
const DESPERATE = 'india-desperate-to-get-s-400';
const TRT = 'russia-talks-military-equipment-india';
const TAKEAWAYS = 'lavrov-jaishankar-key-takeaways';

let nb: Notebook;
before(async () => {
  nb = await openTestNotebook();
});
after(() => nb.close());

const notFound = (pattern: RegExp) => (e: unknown) => isNotebookError(e) && e.code === 'NOT_FOUND' && pattern.test(e.message);

async function claimOf(paragraphId: string): Promise<ClaimView> {
  const all = await nb.listClaims({ limit: 100 });
  const claim = all.items.find((c) => c.members.some((m) => m.paragraph.id === paragraphId));
  assert.ok(claim, `no claim holds ${paragraphId}`);
  return claim;
}

test("Lavrov's military-technical-cooperation remark is one claim carried by at least three sources", async () => {
  const claim = await claimOf(P.ndtvLavrovQuote);
  const sources = new Set(claim.members.map((m) => m.source.id));
  for (const s of [NDTV, DESPERATE, TRT]) assert.ok(sources.has(s), s);
  assert.ok(claim.sourceCount >= 3 && claim.independentSources >= 3, `${claim.sourceCount} sources, ${claim.independentSources} independent`);
  // TRT credits Reuters: its members are wire copies, and the best paragraph to quote is not one.
  assert.ok(claim.members.filter((m) => m.source.id === TRT).every((m) => m.wireCopy && m.wire === 'Reuters'));
  assert.ok(!claim.members.find((m) => m.paragraph.id === claim.bestParagraphId)?.wireCopy);
  // The earliest report is dated; undated ThePrint may be earlier, and that is said.
  const earliest = claim.members.find((m) => m.paragraph.id === claim.earliestParagraphId);
  assert.equal(earliest?.source.published, '2021-04-06');
  assert.ok(claim.earliestUncertainty !== null);
  assert.deepEqual(await nb.getClaim({ claimId: claim.id }), claim);

  const related = await nb.relatedParagraphs({ paragraphId: P.ndtvLavrovQuote });
  const desperate = related.find((r) => r.paragraph.id === `${DESPERATE}:p6`);
  assert.equal(desperate?.kind, 'quote');
  assert.ok(related.every((r) => r.source.id !== NDTV && r.score > 0 && r.score <= 1));
  assert.deepEqual(related.map((r) => r.score), [...related.map((r) => r.score)].sort((x, y) => y - x));
});

test('the defence ministers claim flags "later in the year" against "next year", side by side', async () => {
  const claim = await claimOf(P.ndtvDefenceMinisters);
  const date = claim.discrepancies.find((d) => d.type === 'date');
  assert.ok(date);
  const byParagraph = new Map(date.values.map((v) => [v.paragraphId, v]));
  assert.equal(byParagraph.get(P.ndtvDefenceMinisters)?.text, 'later in the year');
  const next = byParagraph.get(`${DESPERATE}:p4`);
  assert.equal(next?.text, 'next year');
  assert.equal(next?.sourceId, DESPERATE);
  const text = (await nb.getSource({ id: DESPERATE })).paragraphs[3]?.text ?? '';
  assert.deepEqual(next?.spans.map((s) => text.slice(s.start, s.end)), ['next year']);
  const only = await nb.listClaims({ limit: 100, discrepanciesOnly: true });
  assert.ok(only.items.some((c) => c.id === claim.id));
  assert.ok(only.items.every((c) => c.discrepancies.length > 0));
});

test('unknown paragraph, source and claim ids are NOT_FOUND with a message that names them', async () => {
  await assert.rejects(nb.relatedParagraphs({ paragraphId: `${NDTV}:p999` }), notFound(/No paragraph "russia-india-non-committal-on-s-400:p999": source .* has 16 paragraphs/));
  await assert.rejects(nb.relatedParagraphs({ paragraphId: 'no-such-source:p1' }), notFound(/there is no source "no-such-source"/));
  await assert.rejects(nb.getClaim({ claimId: 'c0000000000000000' }), notFound(/No claim "c0000000000000000".*list the claims again/));
  await assert.rejects(nb.sourceCorroboration({ sourceId: 'nope' }), notFound(/No source with id "nope"/));
  await assert.rejects(nb.listClaims({ sourceId: 'nope' }), notFound(/No source with id "nope"/));
  await assert.rejects(nb.compareParagraphs({ a: P.ndtvLavrovQuote, b: `${TRT}:p99` }), notFound(/No paragraph "russia-talks-military-equipment-india:p99"/));
  // A paragraph without links is no error: it simply has none.
  assert.deepEqual(await nb.relatedParagraphs({ paragraphId: `${NDTV}:p13` }), []);
});

test("the user's source edits show in related paragraphs and claims", async () => {
  await nb.editSourceDetails({ id: DESPERATE, patch: { outlet: 'The Example Daily', title: 'Edited title' } });
  try {
    const related = await nb.relatedParagraphs({ paragraphId: P.ndtvLavrovQuote });
    const r = related.find((x) => x.source.id === DESPERATE);
    assert.equal(r?.source.outlet, 'The Example Daily');
    assert.equal(r?.source.title, 'Edited title');
    const claim = await claimOf(P.ndtvLavrovQuote);
    assert.equal(claim.members.find((m) => m.source.id === DESPERATE)?.source.outlet, 'The Example Daily');
  } finally {
    await nb.resetSourceDetails({ id: DESPERATE });
  }
  const again = await nb.relatedParagraphs({ paragraphId: P.ndtvLavrovQuote });
  assert.equal(again.find((x) => x.source.id === DESPERATE)?.source.outlet, '');
});

test('claims filter by source and page; per-source counts match the related paragraphs', async () => {
  const all = await nb.listClaims({ limit: 100 });
  assert.ok(all.total >= 3);
  const counts = all.items.map((c) => c.independentSources);
  assert.deepEqual(counts, [...counts].sort((x, y) => y - x), 'most independent sources first');
  const takeaways = await nb.listClaims({ limit: 100, sourceId: TAKEAWAYS });
  assert.ok(takeaways.total > 0 && takeaways.total < all.total);
  assert.ok(takeaways.items.every((c) => c.members.some((m) => m.source.id === TAKEAWAYS)));
  const page = await nb.listClaims({ offset: 1, limit: 1 });
  assert.equal(page.total, all.total);
  assert.deepEqual(page.items.map((c) => c.id), [all.items[1]?.id]);

  const per = await nb.sourceCorroboration({ sourceId: NDTV });
  const remark = per.find((p) => p.paragraphId === P.ndtvLavrovQuote);
  const others = new Set((await nb.relatedParagraphs({ paragraphId: P.ndtvLavrovQuote })).map((r) => r.source.id));
  assert.equal(remark?.otherSources, others.size);
  assert.equal(remark?.claimId, (await claimOf(P.ndtvLavrovQuote)).id);
  assert.equal(per.find((p) => p.paragraphId === `${NDTV}:p13`), undefined, 'the vaccine paragraph has no other source');
});

test('compareParagraphs marks the words that differ and keeps the texts whole', async () => {
  const cmp = await nb.compareParagraphs({ a: P.ndtvLavrovQuote, b: P.trtConfirmed });
  const [a, b] = await Promise.all([nb.getSource({ id: NDTV }), nb.getSource({ id: TRT })]);
  assert.equal(cmp.a.map((p) => p.text).join(''), a.paragraphs[7]?.text);
  assert.equal(cmp.b.map((p) => p.text).join(''), b.paragraphs[9]?.text);
  const marked = (parts: typeof cmp.a) => parts.filter((p) => p.match).map((p) => p.text).join(' ');
  assert.match(marked(cmp.a), /reiterated/);
  assert.match(marked(cmp.b), /have confirmed determination towards the development of/);
  assert.doesNotMatch(marked(cmp.a), /military-technical/);
});

test('while the links are found in the worker, other calls answer, and corroborationStatus says how far it is', async () => {
  const fresh = await openTestNotebook();
  try {
    assert.deepEqual(await fresh.corroborationStatus(), { state: 'idle', step: null, elapsedMs: 0, error: null });
    const claims = fresh.listClaims({ limit: 10 });
    const sources = await fresh.listSources({});
    assert.equal(sources.total, 5);
    const during = await fresh.corroborationStatus();
    assert.equal(during.state, 'building', 'listSources answered before the links were ready');
    assert.ok(['corpus', 'cache', 'links', 'saving', 'claims'].includes(during.step ?? ''));
    assert.ok((await claims).total > 0);
    assert.equal((await fresh.corroborationStatus()).state, 'ready');
  } finally {
    await fresh.close();
  }
});

test('closing the notebook while the links are being found stops the worker; the waiting call says why', async () => {
  const fresh = await openTestNotebook();
  const refused = assert.rejects(fresh.listClaims({ limit: 10 }), /Finding the links between sources was stopped: the notebook was closed/);
  await fresh.close();
  await refused;
});

test('the first look at the claims starts checking all of them in the background, and their answers are saved', async () => {
  const cacheDir = join(tempDir(), 'cache');
  const fresh = await openTestNotebook({ cacheDir });
  try {
    const first = await fresh.listClaims({ limit: 1 });
    assert.ok(first.total > 1);
    const saved = (): number => {
      const file = readdirSync(cacheDir).find((f) => f.startsWith('discrepancies-') && f.endsWith('.json'));
      if (!file) return 0;
      const text = readFileSync(join(cacheDir, file), 'utf8');
      return (JSON.parse(text.slice(text.indexOf('\n') + 1)) as unknown[]).length;
    };
    const until = Date.now() + 20_000;
    while (saved() < first.total && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(saved(), first.total, 'every claim checked and saved, though only one was asked for');
  } finally {
    await fresh.close();
  }
});

test('"only with discrepancies" answers from the claims checked so far, says how many, and is whole once all are checked', async () => {
  const fresh = await openTestNotebook();
  try {
    let page = await fresh.listClaims({ limit: 100, discrepanciesOnly: true });
    while ((page.checkedClaims ?? 0) < (page.totalClaims ?? 0)) {
      assert.ok(page.items.every((c) => c.discrepancies.length > 0));
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = await fresh.listClaims({ limit: 100, discrepanciesOnly: true });
    }
    const all = await fresh.listClaims({ limit: 100 });
    assert.equal(all.checkedClaims, undefined, 'an unfiltered list is whole');
    assert.equal(page.totalClaims, all.total);
    assert.equal(page.checkedClaims, all.total);
    assert.deepEqual(
      page.items.map((c) => c.id),
      all.items.filter((c) => c.discrepancies.length > 0).map((c) => c.id),
    );
    assert.ok(page.total > 0);
  } finally {
    await fresh.close();
  }
});
