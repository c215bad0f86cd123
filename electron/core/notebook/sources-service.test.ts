import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Notebook } from './open-notebook';
import { openTestNotebook, P } from './notebook-test-kit';

let nb: Notebook;
before(async () => {
  nb = await openTestNotebook();
});
after(() => nb.close());

test('lists sources sorted and paged; empty values sort last', async () => {
  const all = await nb.listSources({ sort: 'published', order: 'desc' });
  assert.equal(all.total, 5);
  assert.deepEqual(all.items.map((s) => s.published), ['2021-04-06', '2021-04-06', '2021-04-06', '', '']);
  const byTitle = await nb.listSources({ sort: 'title', order: 'asc', limit: 2, offset: 1 });
  assert.equal(byTitle.items.length, 2);
  assert.equal(byTitle.items[0]?.title, 'India, Russia firm on S-400 missiles deal, Moscow now eyes arms unit under ‘Make in India’');
  assert.equal((await nb.listSources({ filter: 'alemdar' })).items[0]?.id, 'russia-talks-military-equipment-india');
});

test('tagged counts show in the list', async () => {
  const t = await nb.createTag({ name: 'Counted' });
  await nb.tagParagraph({ paragraphId: P.printMakeInIndia, tagId: t.id });
  await nb.tagParagraph({ paragraphId: P.printTitle, tagId: t.id });
  const top = await nb.listSources({ sort: 'taggedCount', order: 'desc', limit: 1 });
  assert.equal(top.items[0]?.id, 'india-russia-firm-on-s-400-deal');
  assert.equal(top.items[0]?.taggedCount, 2);
  const notes = await nb.getSourceAnnotations({ sourceId: 'india-russia-firm-on-s-400-deal' });
  assert.deepEqual(Object.keys(notes.tags).sort(), [P.printTitle, P.printMakeInIndia]);
});

test('source details: edits are kept apart from the corpus, validated, and resettable', async () => {
  const id = 'lavrov-jaishankar-key-takeaways';
  const s = await nb.getSource({ id });
  assert.equal(s.title, '');
  assert.equal(s.paragraphs.length, 17);
  const edited = await nb.editSourceDetails({ id, patch: { outlet: ' The Example Times ', url: 'https://example.org/a' } });
  assert.equal(edited.outlet, 'The Example Times');
  assert.equal(edited.edited, true);
  await assert.rejects(nb.editSourceDetails({ id, patch: { url: 'javascript:alert(1)' } }), /http\(s\) URL/);
  await assert.rejects(nb.editSourceDetails({ id, patch: { published: '6 April' } }), /published/);
  await assert.rejects(nb.editSourceDetails({ id: 'nope', patch: {} }), /No source with id "nope"/);
  const reset = await nb.resetSourceDetails({ id });
  assert.equal(reset.outlet, '');
  assert.equal(reset.edited, false);
});

test('search ranks, snippets and filters by source and tag', async () => {
  const r = await nb.search({ text: 'military-technical cooperation' });
  assert.ok(r.total >= 4);
  assert.ok(r.hits[0]?.snippet.some((part) => part.match));
  const only = await nb.search({ text: 'S-400', sourceIds: ['india-desperate-to-get-s-400'] });
  assert.ok(only.total > 0 && only.hits.every((h) => h.sourceId === 'india-desperate-to-get-s-400'));
  const t = await nb.createTag({ name: 'Filter' });
  await nb.tagParagraph({ paragraphId: P.trtConfirmed, tagId: t.id });
  const tagged = await nb.search({ text: 'cooperation', tagIds: [t.id] });
  assert.deepEqual(tagged.hits.map((h) => h.paragraphId), [P.trtConfirmed]);
  assert.equal((await nb.search({ text: '' })).total, 0);
});
