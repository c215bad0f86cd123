import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph, SourceMeta } from '../../shared/types';
import { Corpus, type CorpusSource } from './corpus';
import { hashText } from './hash-text';
import { ParagraphTableBuilder } from './paragraph-table';

const meta = (id: string): SourceMeta => ({ id, title: id, outlet: '', author: '', published: '', url: '', language: 'en' });
const entry = (id: string, texts: string[]): CorpusSource => ({
  meta: meta(id),
  paragraphs: texts.map((text, i): Paragraph => ({ id: `${id}:p${i + 1}`, sourceId: id, n: i + 1, text, hash: hashText(text), kind: 'body' })),
});

const corpus = () => new Corpus('/corpus', 'f'.repeat(64), [entry('alpha', ['One.', 'Shared.', 'Three.']), entry('beta-2', ['Shared.', 'Two.'])]);

test('sources, counts and lookups by id', () => {
  const c = corpus();
  assert.equal(c.dir, '/corpus');
  assert.equal(c.fingerprint, 'f'.repeat(64));
  assert.deepEqual(c.sources.map((s) => s.id), ['alpha', 'beta-2']);
  assert.equal(c.paragraphCount, 5);
  assert.equal(c.getSource('beta-2')?.paragraphs.length, 2);
  assert.equal(c.getSource('gamma'), undefined);
  assert.equal(c.getParagraph('alpha:p3')?.text, 'Three.');
  assert.equal(c.getParagraph('beta-2:p1')?.text, 'Shared.');
});

test('malformed or unknown paragraph ids give undefined', () => {
  const c = corpus();
  for (const id of ['alpha:p0', 'alpha:p4', 'alpha:p01', 'alpha:p', 'alpha', ':p1', 'gamma:p1', 'alpha:p1x', 'alpha:p-1', 'alpha:p1.0']) {
    assert.equal(c.getParagraph(id), undefined, id);
  }
});

test('paragraphsByHash finds every copy in corpus order, and nothing for an unknown hash', () => {
  const c = corpus();
  assert.deepEqual(c.paragraphsByHash(hashText('Shared.')).map((p) => p.id), ['alpha:p2', 'beta-2:p1']);
  assert.deepEqual(c.paragraphsByHash(hashText('Two.')).map((p) => p.id), ['beta-2:p2']);
  assert.deepEqual(c.paragraphsByHash('0000000000000000'), []);
});

test('allParagraphs walks every source in order', () => {
  assert.deepEqual([...corpus().allParagraphs()].map((p) => p.id), ['alpha:p1', 'alpha:p2', 'alpha:p3', 'beta-2:p1', 'beta-2:p2']);
});

test('the corpus is read-only: writes throw instead of changing shared data', () => {
  const c = corpus();
  const p = c.getParagraph('alpha:p1');
  assert.ok(p);
  assert.throws(() => {
    p.text = 'changed';
  }, TypeError);
  assert.throws(() => c.getSource('alpha')?.paragraphs.push(p), TypeError);
  // Lookups by hash hand out fresh arrays, so changing one does not change the next.
  c.paragraphsByHash(hashText('Shared.')).pop();
  assert.equal(c.paragraphsByHash(hashText('Shared.')).length, 2);
  assert.throws(() => {
    const m = c.getSource('alpha')?.meta;
    if (m) m.title = 'changed';
  }, TypeError);
  assert.equal(c.getParagraph('alpha:p1')?.text, 'One.');
});

test('hashOf and sourceParagraphCount answer from the table', () => {
  const c = corpus();
  assert.equal(c.hashOf('alpha:p2'), hashText('Shared.'));
  assert.equal(c.hashOf('beta-2:p2'), hashText('Two.'));
  for (const id of ['alpha:p4', 'alpha:p0', 'gamma:p1', 'alpha']) assert.equal(c.hashOf(id), undefined, id);
  assert.equal(c.sourceParagraphCount('alpha'), 3);
  assert.equal(c.hasHash('alpha:p2', hashText('Shared.')), true);
  assert.equal(c.hasHash('alpha:p2', hashText('One.')), false);
  assert.equal(c.hasHash('alpha:p2', hashText('Shared.').toUpperCase()), false);
  assert.equal(c.hasHash('alpha:p2', hashText('Shared.').slice(0, 15)), false);
  assert.equal(c.hasHash('gamma:p1', hashText('Shared.')), false);
  assert.equal(c.sourceParagraphCount('gamma'), undefined);
});

test('a packed corpus makes each source\'s paragraphs once, on first use, and a full walk keeps none', () => {
  const b = new ParagraphTableBuilder();
  b.addParsed({ texts: ['One.', 'Shared.'], hashes: [hashText('One.'), hashText('Shared.')], kinds: ['title', 'body'] });
  b.addParsed({ texts: ['Shared.'], hashes: [hashText('Shared.')], kinds: ['caption'] });
  const c = new Corpus('/corpus', 'f'.repeat(64), { metas: [meta('alpha'), meta('beta')], table: b.build() });
  assert.equal(c.paragraphCount, 3);
  const walked = [...c.allParagraphs()];
  assert.deepEqual(walked.map((p) => [p.id, p.sourceId, p.n, p.text, p.kind]), [
    ['alpha:p1', 'alpha', 1, 'One.', 'title'],
    ['alpha:p2', 'alpha', 2, 'Shared.', 'body'],
    ['beta:p1', 'beta', 1, 'Shared.', 'caption'],
  ]);
  const p = c.getParagraph('alpha:p2');
  assert.notEqual(p, walked[1], 'the walk did not keep its objects');
  assert.equal(c.getParagraph('alpha:p2'), p, 'a looked-up source is kept');
  assert.equal(c.getSource('alpha')?.paragraphs[1], p);
  assert.equal(c.getSource('alpha'), c.getSource('alpha'));
  assert.deepEqual(c.paragraphsByHash(hashText('Shared.')).map((q) => q.id), ['alpha:p2', 'beta:p1']);
  assert.equal(c.paragraphsByHash(hashText('Shared.'))[0], p);
  assert.ok(Object.isFrozen(p) && Object.isFrozen(c.getSource('beta')?.paragraphs));
  assert.throws(() => new Corpus('/corpus', 'f'.repeat(64), { metas: [meta('alpha')], table: b.build() }), /1 sources but the paragraph table holds 2/);
});
