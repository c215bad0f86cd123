import assert from 'node:assert/strict';
import test from 'node:test';
import { RESOLUTION, TermIndex } from './term-index';
import { terms } from './tokenize';
import { type Vocabulary, VocabularyBuilder } from './vocabulary';

function build(texts: string[]): { index: TermIndex; vocabulary: Vocabulary } {
  const index = new TermIndex();
  const words = new VocabularyBuilder();
  texts.forEach((text, doc) => {
    index.addTokens(doc, terms(text));
    words.idsOf(doc, terms(text));
  });
  return { index, vocabulary: words.finish().vocabulary };
}

const docsOf = (t: TermIndex, term: string) => t.postings(term).flatMap((ids) => ids ?? []).sort();
const slotsOf = (t: TermIndex, term: string) => Array.from(t.postings(term), (ids) => ids ?? []);
const pause = () => Promise.resolve();

async function roundTrip(index: TermIndex, vocabulary: Vocabulary, docCount: number): Promise<Uint32Array> {
  const parts: Uint32Array[] = [];
  await index.writePostings(vocabulary, docCount, async (words) => {
    parts.push(words.slice());
  });
  const all = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

test('indexes the given terms, early words in early slots; queries fold like the tokenizer', () => {
  const { index } = build(['Lavrov met Jaishankar in Delhi', 'In Delhi, Lavrov’s visit', 'Zürich']);
  assert.deepEqual(docsOf(index, 'lavrov'), [0, 1]);
  assert.deepEqual(docsOf(index, 's'), [1]);
  assert.deepEqual(docsOf(index, 'Zürich'), [2]);
  assert.deepEqual(docsOf(index, 'nothing'), []);
  assert.deepEqual(index.postings('lavrov')[0], [0]);
  assert.ok(index.postings('visit').length > 1);
});

test('postings written in slices read back identical, across slice boundaries', async () => {
  // 300,000 postings: more than one slice of 2^18 words.
  const texts = Array.from({ length: 100_000 }, (_, i) => `common words ${i % 7 === 0 ? 'rare' : 'other'} n${i % 1000}`);
  const { index, vocabulary } = build(texts);
  const words = await roundTrip(index, vocabulary, texts.length);
  assert.ok(words.length > 1 << 18);
  const back = await TermIndex.readPostings(words, vocabulary, texts.length, pause);
  for (const term of ['common', 'words', 'rare', 'other', 'n0', 'n999']) assert.deepEqual(slotsOf(back, term), slotsOf(index, term), term);
});

test('malformed postings are refused', async () => {
  const { index, vocabulary } = build(['Lavrov met Jaishankar', 'Delhi']);
  const good = await roundTrip(index, vocabulary, 2);
  assert.ok(await TermIndex.readPostings(good, vocabulary, 2, pause));
  const bad = (change: (w: Uint32Array) => Uint32Array) => TermIndex.readPostings(change(good.slice()), vocabulary, 2, pause);
  await assert.rejects(bad((w) => ((w[0] = 0), w)), /do not match/);
  await assert.rejects(TermIndex.readPostings(good, vocabulary, 3, pause), /do not match/);
  await assert.rejects(bad((w) => w.subarray(0, w.length - 1)), /end too early/);
  await assert.rejects(bad((w) => Uint32Array.from([...w, 0])), /past the last term/);
  await assert.rejects(bad((w) => ((w[3] = RESOLUTION + 1), w)), /slots/);
  // The first term ("delhi") has one slot holding one doc: name a doc that does not exist.
  await assert.rejects(bad((w) => ((w[w.indexOf(1, 4) + 1] = 7), w)), /paragraph 7 of 2/);
});
