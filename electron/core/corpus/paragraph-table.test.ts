import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashText } from './hash-text';
import { ParagraphTableBuilder, paragraphHash, paragraphKind, paragraphText, tableParagraphCount, tableSourceCount } from './paragraph-table';

const parsed = (texts: string[], kind: 'body' | 'title' = 'body') => ({ texts, hashes: texts.map(hashText), kinds: texts.map(() => kind) });

test('parsed sources go in, texts, hashes and kinds come out by corpus-wide index', () => {
  const b = new ParagraphTableBuilder();
  b.addParsed(parsed(['One.', '‘Curly’ — and NBSP\u00a0here.'], 'title'));
  b.addParsed(parsed([]));
  b.addParsed(parsed(['Three.']));
  const t = b.build();
  assert.equal(tableSourceCount(t), 3);
  assert.equal(tableParagraphCount(t), 3);
  assert.deepEqual([...t.sourceStart], [0, 2, 2, 3]);
  assert.deepEqual([0, 1, 2].map((i) => paragraphText(t, i)), ['One.', '‘Curly’ — and NBSP\u00a0here.', 'Three.']);
  assert.deepEqual([0, 1, 2].map((i) => paragraphHash(t, i)), ['One.', '‘Curly’ — and NBSP\u00a0here.', 'Three.'].map(hashText));
  assert.deepEqual([0, 1, 2].map((i) => paragraphKind(t, i)), ['title', 'title', 'body']);
});

test('a source copied from another table keeps its paragraphs exactly, wherever it lands', () => {
  const a = new ParagraphTableBuilder();
  a.addParsed(parsed(['First source.']));
  a.addParsed(parsed(['Second, one.', 'Second, two.'], 'title'));
  const first = a.build();
  const b = new ParagraphTableBuilder();
  b.addParsed(parsed(['New before it.']));
  b.addFromTable(first, 1);
  b.addFromTable(first, 0);
  const t = b.build();
  assert.deepEqual([...t.sourceStart], [0, 1, 3, 4]);
  assert.deepEqual([0, 1, 2, 3].map((i) => paragraphText(t, i)), ['New before it.', 'Second, one.', 'Second, two.', 'First source.']);
  assert.deepEqual([0, 1, 2, 3].map((i) => paragraphKind(t, i)), ['body', 'title', 'title', 'body']);
  assert.equal(paragraphHash(t, 2), hashText('Second, two.'));
});

test('bad hashes, unknown kinds and mismatched lengths are refused', () => {
  const b = new ParagraphTableBuilder();
  assert.throws(() => b.addParsed({ texts: ['x'], hashes: ['h1'], kinds: ['body'] }), /hash "h1"/);
  assert.throws(() => b.addParsed({ texts: ['x'], hashes: [hashText('x')], kinds: ['heading' as 'body'] }), /"heading" is not a paragraph kind/);
  assert.throws(() => b.addParsed({ texts: ['x', 'y'], hashes: [hashText('x')], kinds: ['body'] }), /same length/);
});
