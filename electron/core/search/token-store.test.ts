import assert from 'node:assert/strict';
import test from 'node:test';
import type { Section } from './index-file';
import { TokenStore, TokenStoreBuilder } from './token-store';

function build(docs: number[][], remap: number[], order = docs.map((_, i) => i), termCount = remap.length) {
  const b = new TokenStoreBuilder();
  for (const d of docs) b.add(d);
  return b.finish(Uint32Array.from(remap), Uint32Array.from(order), termCount);
}

test('keeps each doc’s term ids, remapped and renumbered, across chunks', () => {
  // 1.2 million tokens: more than one chunk of 2^20.
  const long = Array.from({ length: 1_200_000 }, (_, i) => i % 3);
  const store = build([[0, 1, 2], [], long, [2]], [10, 11, 12], [3, 0, 1, 2], 13);
  assert.equal(store.docCount, 4);
  assert.deepEqual(Array.from(store.tokens(0)), [12]);
  assert.deepEqual(Array.from(store.tokens(1)), [10, 11, 12]);
  assert.deepEqual(Array.from(store.tokens(2)), []);
  assert.equal(store.length(3), 1_200_000);
  assert.deepEqual(Array.from(store.tokens(3).subarray(1_048_575, 1_048_578)), [10, 11, 12]);
  assert.throws(() => new TokenStoreBuilder().finish(new Uint32Array(0), new Uint32Array(1), 0), /order has 1 docs/);
});

test('ids take 2 bytes for up to 65,536 terms, 4 beyond', () => {
  assert.ok(build([[0, 1]], [0, 1], [0], 0x10000).ids instanceof Uint16Array);
  const wide = build([[0, 1]], [0, 70_000], [0], 70_001);
  assert.ok(wide.ids instanceof Uint32Array);
  assert.deepEqual(Array.from(wide.tokens(0)), [0, 70_000]);
  // Provisional ids past 65,535 widen what was collected so far, keeping it.
  const remap = Uint32Array.from({ length: 70_001 }, (_, i) => i);
  const late = build([[5, 65_535], [70_000, 7]], Array.from(remap), [1, 0]);
  assert.deepEqual([Array.from(late.tokens(0)), Array.from(late.tokens(1))], [[70_000, 7], [5, 65_535]]);
});

test('sections round trip, and malformed ones are refused', () => {
  const store = build([[0, 1], [1, 1, 0]], [0, 1]);
  const sections = new Map<string, Section>(store.sections());
  assert.deepEqual(Array.from(TokenStore.fromSections(sections, 2, 2).tokens(1)), [1, 1, 0]);
  assert.throws(() => TokenStore.fromSections(sections, 3, 2), /do not cover/);
  assert.throws(() => TokenStore.fromSections(sections, 2, 1), /unknown term/);
  assert.throws(() => TokenStore.fromSections(new Map(), 2, 2), /no section TOKO/);
  const backwards = new Map(sections).set('TOKO', Uint32Array.from([0, 6, 5]));
  assert.throws(() => TokenStore.fromSections(backwards, 2, 2), /backwards/);
  const bytes = new Map(sections).set('TOKI', Uint8Array.from([0, 1, 1, 1, 0]));
  assert.throws(() => TokenStore.fromSections(bytes, 2, 2), /elements of 1 bytes/);
});
