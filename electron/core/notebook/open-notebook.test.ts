import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyCorpus, openTestNotebook, P, tempDir } from './notebook-test-kit';

test('what was saved is there after reopening', async () => {
  const nb = await openTestNotebook();
  const tag = await nb.createTag({ name: 'Kashmir' });
  await nb.tagParagraph({ paragraphId: 'lavrov-jaishankar-key-takeaways:p1', tagId: tag.id });
  const b = await nb.createBriefing({ title: 'Kept' });
  await nb.addQuote({ briefingId: b.id, paragraphId: P.trtConfirmed });
  await nb.updateSettings({ theme: 'dark' });
  await nb.close();
  const again = await openTestNotebook({ dataDir: nb.dataDir });
  assert.equal((await again.listTags())[0]?.count, 1);
  assert.equal((await again.getBriefing({ id: b.id })).items.length, 1);
  assert.equal((await again.getSettings()).theme, 'dark');
  await again.close();
});

test('a second writer is refused; a read-only reader is not, and cannot write', async () => {
  const nb = await openTestNotebook();
  await assert.rejects(openTestNotebook({ dataDir: nb.dataDir }), (e: Error & { code: string }) => e.code === 'LOCKED' && /another Dossier process/.test(e.message));
  const reader = await openTestNotebook({ dataDir: nb.dataDir, readOnly: true });
  assert.equal((await reader.listSources({})).total, 5);
  await assert.rejects(reader.createTag({ name: 'x' }), /read-only/);
  await reader.close();
  await nb.close();
  await assert.rejects(nb.listTags(), /closed/);
});

test('a corrupt database is moved aside, never overwritten, and reported', async () => {
  const nb = await openTestNotebook();
  await nb.createTag({ name: 'Before' });
  await nb.close();
  const file = join(nb.dataDir, 'notebook.json');
  writeFileSync(file, '{"schemaVersion":1,"data":{"tags":[{"id":');
  const again = await openTestNotebook({ dataDir: nb.dataDir });
  const { notices } = await again.status();
  assert.ok(notices.length > 0, 'the user is told');
  const aside = notices.find((n) => n.movedTo)?.movedTo;
  assert.ok(aside && readFileSync(aside, 'utf8').startsWith('{"schemaVersion":1,"data":{"tags":[{"id":'), 'the bad file is kept as it was');
  await again.close();
});

test('when the corpus changes, references follow their text or are flagged as broken, never dropped', async () => {
  const corpusDir = copyCorpus();
  const nb = await openTestNotebook({ corpusDir });
  const tag = await nb.createTag({ name: 'Moves' });
  await nb.tagParagraph({ paragraphId: P.trtConfirmed, tagId: tag.id });
  const b = await nb.createBriefing({ title: 'Corpus drift' });
  const moving = await nb.addQuote({ briefingId: b.id, paragraphId: P.trtConfirmed });
  const vanishing = await nb.addQuote({ briefingId: b.id, paragraphId: 'russia-talks-military-equipment-india:p11' });
  await nb.close();

  // An editor's note is inserted at the top (every paragraph shifts by one), and ¶11 is reworded.
  const file = join(corpusDir, '004_257232653489b4aa.txt');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `Editor's note: updated.\n${text.replace('"It has its own plans', '"It has plans of its own')}`);

  const again = await openTestNotebook({ corpusDir, dataDir: nb.dataDir });
  const kinds = (await again.status()).notices.map((n) => n.kind);
  assert.deepEqual(kinds.sort(), ['references-broken', 'references-reanchored']);
  const d = await again.getBriefing({ id: b.id });
  const moved = d.items.find((i) => i.id === moving.id);
  assert.equal(moved?.type === 'quote' && moved.paragraphId, 'russia-talks-military-equipment-india:p11');
  assert.equal(d.quotes[vanishing.id]?.status, 'broken');
  assert.equal(d.items.length, 2, 'the broken quote is kept');
  const tagged = await again.paragraphsWithTag({ tagId: tag.id });
  assert.equal(tagged.items[0]?.paragraph.id, 'russia-talks-military-equipment-india:p11');
  await assert.rejects(
    again.exportBriefing({ briefingId: b.id, format: 'md' }),
    (e: Error & { code: string }) => e.code === 'BROKEN_QUOTES' && /item 2 quotes ¶11 of “Russia in talks/.test(e.message),
  );
  await again.close();
});

test('a missing corpus file is a clear error naming it', async () => {
  const corpusDir = copyCorpus();
  const { rmSync } = await import('node:fs');
  rmSync(join(corpusDir, '003_4197f04110c4ab2c.txt'));
  await assert.rejects(openTestNotebook({ corpusDir }), /003_4197f04110c4ab2c\.txt/);
});

test('a corpus that fails to load leaves the notebook unlocked; the corpus cache is kept in <dataDir>/cache', async () => {
  const corpusDir = copyCorpus();
  const { readdirSync, rmSync } = await import('node:fs');
  const dataDir = join(tempDir(), 'notebook');
  rmSync(join(corpusDir, '003_4197f04110c4ab2c.txt'));
  await assert.rejects(openTestNotebook({ corpusDir, dataDir }), /003_4197f04110c4ab2c\.txt/);
  const nb = await openTestNotebook({ dataDir });
  assert.equal((await nb.listSources({})).total, 5);
  await nb.close();
  assert.ok(readdirSync(join(dataDir, 'cache')).some((f) => /^corpus-[0-9a-f]{12}\.bin$/.test(f)));
});
