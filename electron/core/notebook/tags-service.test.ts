import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Notebook } from './open-notebook';
import { openTestNotebook, P } from './notebook-test-kit';

let nb: Notebook;
before(async () => {
  nb = await openTestNotebook();
});
after(() => nb.close());

const code = (fn: () => Promise<unknown>) =>
  fn().then(
    () => 'resolved',
    (e: { code?: string }) => e.code,
  );

test('create, tag, list with counts, untag', async () => {
  const s400 = await nb.createTag({ name: '  S-400\tdeal ' });
  assert.equal(s400.name, 'S-400 deal');
  assert.match(s400.color, /^#[0-9a-f]{6}$/);
  const tags = await nb.tagParagraph({ paragraphId: P.ndtvLavrovQuote, tagId: s400.id });
  assert.deepEqual(tags.map((t) => t.name), ['S-400 deal']);
  await nb.tagParagraph({ paragraphId: P.ndtvLavrovQuote, tagId: s400.id }); // idempotent
  await nb.tagParagraph({ paragraphId: P.printMakeInIndia, tagId: s400.id });
  assert.equal((await nb.listTags()).find((t) => t.id === s400.id)?.count, 2);
  const page = await nb.paragraphsWithTag({ tagId: s400.id });
  assert.equal(page.total, 2);
  assert.ok(page.items.every((r) => r.status === 'ok' && r.paragraph.text.length > 0));
  assert.deepEqual(await nb.untagParagraph({ paragraphId: P.ndtvLavrovQuote, tagId: s400.id }), []);
  assert.equal((await nb.paragraphsWithTag({ tagId: s400.id })).total, 1);
});

test('names are unique regardless of case; rename, recolour', async () => {
  const t = await nb.createTag({ name: 'Sanctions' });
  assert.equal(await code(() => nb.createTag({ name: 'sanctions' })), 'CONFLICT');
  assert.equal((await nb.renameTag({ id: t.id, name: 'US sanctions' })).name, 'US sanctions');
  assert.equal((await nb.recolorTag({ id: t.id, color: '#AA0000' })).color, '#aa0000');
  assert.equal(await code(() => nb.recolorTag({ id: t.id, color: 'red' })), 'INVALID_INPUT');
});

test('nesting: children are listed under the parent, loops are refused', async () => {
  const parent = await nb.createTag({ name: 'Defence' });
  const child = await nb.createTag({ name: 'Missiles', parentId: parent.id });
  await nb.tagParagraph({ paragraphId: P.trtConfirmed, tagId: child.id });
  assert.equal((await nb.paragraphsWithTag({ tagId: parent.id })).total, 1, 'descendants included by default');
  assert.equal((await nb.paragraphsWithTag({ tagId: parent.id, includeDescendants: false })).total, 0);
  assert.equal(await code(() => nb.moveTag({ id: parent.id, parentId: child.id })), 'INVALID_INPUT');
  assert.equal((await nb.moveTag({ id: child.id, parentId: null })).parentId, null);
});

test('merge moves taggings into the target; delete removes taggings', async () => {
  const a = await nb.createTag({ name: 'Vaccines' });
  const b = await nb.createTag({ name: 'Sputnik V' });
  await nb.tagParagraph({ paragraphId: 'russia-india-non-committal-on-s-400:p12', tagId: a.id });
  await nb.tagParagraph({ paragraphId: 'russia-india-non-committal-on-s-400:p13', tagId: b.id });
  await nb.mergeTags({ fromId: b.id, intoId: a.id });
  assert.equal((await nb.listTags()).some((t) => t.id === b.id), false);
  assert.equal((await nb.paragraphsWithTag({ tagId: a.id })).total, 2);
  await nb.deleteTag({ id: a.id });
  assert.deepEqual(await nb.tagsForParagraph({ paragraphId: 'russia-india-non-committal-on-s-400:p12' }), []);
  assert.equal(await code(() => nb.mergeTags({ fromId: a.id, intoId: a.id })), 'NOT_FOUND');
});

test('bad input gets a clear error and changes nothing', async () => {
  const before = JSON.stringify(await nb.listTags());
  const long = await nb.createTag({ name: 'x'.repeat(10_000) }).catch((e: Error & { code: string }) => e);
  assert.ok(long instanceof Error && long.code === 'INVALID_INPUT');
  assert.match(long.message, /at most 80 characters/);
  assert.equal(await code(() => nb.createTag({ name: ' \u0007 ' })), 'INVALID_INPUT');
  const t = (await nb.listTags())[0];
  assert.ok(t);
  const unknown = await nb.tagParagraph({ paragraphId: 'russia-india-non-committal-on-s-400:p999', tagId: t.id }).catch((e: Error) => e);
  assert.match(String(unknown), /has 16 paragraphs/);
  assert.equal(await code(() => nb.tagParagraph({ paragraphId: 'nope:p1', tagId: t.id })), 'NOT_FOUND');
  assert.equal(await code(() => nb.tagParagraph({ paragraphId: '<script>', tagId: t.id })), 'INVALID_INPUT');
  assert.equal(await code(() => nb.tagParagraph({ paragraphId: P.trtConfirmed, tagId: 'tag_missing' })), 'NOT_FOUND');
  assert.equal(JSON.stringify(await nb.listTags()), before);
});

test('a tag name with HTML is stored as text', async () => {
  const t = await nb.createTag({ name: '<img src=x onerror=alert(1)>' });
  assert.equal(t.name, '<img src=x onerror=alert(1)>');
});
