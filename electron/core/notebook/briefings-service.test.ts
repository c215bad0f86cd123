import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Notebook } from './open-notebook';
import { openTestNotebook, P } from './notebook-test-kit';

let nb: Notebook;
before(async () => {
  nb = await openTestNotebook();
});
after(() => nb.close());

test('build a briefing: quotes, heading, text, order, comments, backlinks', async () => {
  const b = await nb.createBriefing({ title: ' S-400 and the Lavrov visit ', author: 'Desk' });
  assert.equal(b.title, 'S-400 and the Lavrov visit');
  assert.equal(b.style, 'chicago');
  const q1 = await nb.addQuote({ briefingId: b.id, paragraphId: P.ndtvLavrovQuote, comment: 'Same remark, NDTV wording.' });
  const q2 = await nb.addQuote({ briefingId: b.id, paragraphId: P.trtConfirmed });
  const h = await nb.addHeading({ briefingId: b.id, text: 'What was said', index: 0 });
  const t = await nb.addText({ briefingId: b.id, markdown: 'Two outlets, **two translations**.' });
  await nb.moveItem({ briefingId: b.id, itemId: q2.id, toIndex: 1 });
  const d = await nb.getBriefing({ id: b.id });
  assert.deepEqual(d.items.map((i) => i.id), [h.id, q2.id, q1.id, t.id]);
  assert.equal(d.quotes[q1.id]?.status, 'ok');
  assert.equal(d.quotes[q1.id]?.paragraph?.n, 8);
  assert.equal(d.quotes[q1.id]?.source?.title, 'Russia, India Non-Committal On S-400 Missile System Delivery');
  assert.deepEqual(await nb.backlinks({ paragraphId: P.ndtvLavrovQuote }), [
    { briefingId: b.id, briefingTitle: b.title, itemId: q1.id },
  ]);
  const summary = (await nb.listBriefings()).find((x) => x.id === b.id);
  assert.equal(summary?.quoteCount, 2);
  assert.equal(summary?.itemCount, 4);
});

test('edit items through their own field only; remove and restore (undo)', async () => {
  const b = await nb.createBriefing({ title: 'Undo' });
  const q = await nb.addQuote({ briefingId: b.id, paragraphId: P.printMakeInIndia });
  const edited = await nb.editItem({ briefingId: b.id, itemId: q.id, comment: '<script>alert(1)</script>' });
  assert.equal(edited.type === 'quote' && edited.comment, '<script>alert(1)</script>', 'HTML in a comment is kept as text');
  await assert.rejects(nb.editItem({ briefingId: b.id, itemId: q.id, markdown: 'x' }), /edited through its "comment" field/);
  const removed = await nb.removeItem({ briefingId: b.id, itemId: q.id });
  assert.equal(removed.index, 0);
  assert.equal((await nb.getBriefing({ id: b.id })).items.length, 0);
  await nb.restoreItem({ briefingId: b.id, item: removed.item, index: removed.index });
  assert.deepEqual((await nb.getBriefing({ id: b.id })).items, [removed.item]);
  await assert.rejects(nb.restoreItem({ briefingId: b.id, item: removed.item, index: 0 }), /already in the briefing/);
});

test('unknown ids, bad positions and huge input are refused clearly', async () => {
  const b = await nb.createBriefing({ title: 'Bad input' });
  await assert.rejects(nb.addQuote({ briefingId: 'brf_nope', paragraphId: P.trtConfirmed }), /No briefing with id "brf_nope"/);
  await assert.rejects(nb.addQuote({ briefingId: b.id, paragraphId: 'india-desperate-to-get-s-400:p14' }), /has 13 paragraphs/);
  await assert.rejects(nb.moveItem({ briefingId: b.id, itemId: 'itm_x', toIndex: 0 }), /has no item/);
  await assert.rejects(nb.addText({ briefingId: b.id, markdown: 'x'.repeat(300_000) }), /at most 200000 characters/);
  await assert.rejects(nb.createBriefing({ title: '   ' }), /must not be empty/);
  await assert.rejects(nb.updateBriefing({ id: b.id, style: 'harvard-nope' }), /No citation style/);
  assert.equal((await nb.getBriefing({ id: b.id })).items.length, 0);
});

test('a broken quote is flagged, kept, and can be re-anchored', async () => {
  const b = await nb.createBriefing({ title: 'Re-anchor' });
  const q = await nb.addQuote({ briefingId: b.id, paragraphId: P.printTitle });
  const moved = await nb.reanchorQuote({ briefingId: b.id, itemId: q.id, paragraphId: P.printMakeInIndia });
  assert.equal(moved.type === 'quote' && moved.paragraphId, P.printMakeInIndia);
  await nb.deleteBriefing({ id: b.id });
  await assert.rejects(nb.getBriefing({ id: b.id }), /No briefing/);
});
