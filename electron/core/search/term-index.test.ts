import assert from 'node:assert/strict';
import test from 'node:test';
import { checkChunk, RESOLUTION, TermIndex } from './term-index';

function build(texts: string[]): TermIndex {
  const t = new TermIndex();
  texts.forEach((text, doc) => t.add(doc, text));
  return t;
}

const docsOf = (t: TermIndex, term: string) => t.postings(term).flatMap((ids) => ids ?? []).sort();

test('indexes folded terms from our tokenizer, with early words in early slots', () => {
  const t = build(['Lavrov met Jaishankar in Delhi', 'In Delhi, Lavrov’s visit', 'Zürich']);
  assert.deepEqual(docsOf(t, 'lavrov'), [0, 1]);
  assert.deepEqual(docsOf(t, 's'), [1]);
  assert.deepEqual(docsOf(t, 'zurich'), [2]);
  assert.deepEqual(docsOf(t, 'nothing'), []);
  assert.deepEqual(t.postings('lavrov')[0], [0]);
});

test('export then import gives the same postings, and checkChunk lists the vocabulary', async () => {
  const t = build(['Lavrov met Jaishankar', 'Lavrov in Delhi', 'Delhi']);
  const chunks: [string, string][] = [];
  await t.export(async (key, json) => {
    chunks.push([key, json]);
  });
  const back = new TermIndex();
  const vocab: [string, number][] = [];
  for (const [key, json] of chunks) {
    const data = JSON.parse(json) as unknown[];
    vocab.push(...checkChunk(key, data, 3));
    back.import(key, data);
  }
  assert.deepEqual(new Map(vocab), new Map([['lavrov', 2], ['met', 1], ['jaishankar', 1], ['in', 1], ['delhi', 2]]));
  // JSON turns empty slots into nulls: compare slot by slot.
  const slots = (x: TermIndex, term: string) => Array.from(x.postings(term), (ids) => ids ?? []);
  for (const term of ['lavrov', 'delhi', 'met']) assert.deepEqual(slots(back, term), slots(t, term));
});

test('checkChunk refuses anything that is not a well-formed chunk', () => {
  assert.throws(() => checkChunk('1.ctx', [], 3), /unexpected index chunk/);
  assert.throws(() => checkChunk('1.reg', [0, 7], 3), /not a list of paragraph numbers/);
  assert.throws(() => checkChunk('1.map', {}, 3), /not a list/);
  assert.throws(() => checkChunk('1.map', [['a', [[0], 'x']]], 3), /bad postings for "a"/);
  assert.throws(() => checkChunk('1.map', [[5, [[0]]]], 3), /malformed term entry/);
  assert.throws(() => checkChunk('1.map', [['a', new Array(RESOLUTION + 1).fill(null)]], 3), /malformed/);
  assert.deepEqual(checkChunk('2.map', [['a', [null, [0, 2]]]], 3), [['a', 2]]);
});
