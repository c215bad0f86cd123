import assert from 'node:assert/strict';
import test from 'node:test';
import { TokenStore, TokenStoreBuilder } from './token-store';

function build(docs: number[][], remap: number[]) {
  const b = new TokenStoreBuilder();
  for (const d of docs) b.add(d);
  return b.finish(Uint32Array.from(remap));
}

test('keeps each doc’s term ids, remapped, growing past its first capacity', () => {
  const long = Array.from({ length: 70_000 }, (_, i) => i % 3);
  const store = build([[0, 1, 2], [], long, [2]], [10, 11, 12]);
  assert.equal(store.docCount, 4);
  assert.deepEqual(Array.from(store.tokens(0)), [10, 11, 12]);
  assert.deepEqual(Array.from(store.tokens(1)), []);
  assert.equal(store.tokens(2).length, 70_000);
  assert.deepEqual(Array.from(store.tokens(3)), [12]);
});

test('binary round trip, and a malformed blob is refused', () => {
  const store = build([[0, 1], [1, 1, 0]], [0, 1]);
  const buf = store.toBuffer();
  const back = TokenStore.fromBuffer(buf, 2, 2);
  assert.deepEqual(Array.from(back.tokens(1)), [1, 1, 0]);
  // Unaligned input is copied, not misread.
  const shifted = Buffer.alloc(buf.length + 1).subarray(1);
  buf.copy(shifted);
  assert.deepEqual(Array.from(TokenStore.fromBuffer(shifted, 2, 2).tokens(0)), [0, 1]);

  assert.throws(() => TokenStore.fromBuffer(buf, 3, 2), /wrong size/);
  assert.throws(() => TokenStore.fromBuffer(buf, 2, 1), /unknown term/);
  assert.throws(() => TokenStore.fromBuffer(buf.subarray(0, 10), 2, 2), /whole number of uint32s/);
  assert.throws(() => TokenStore.fromBuffer(buf.subarray(0, 8), 2, 2), /bad header/);
  const badMagic = Buffer.from(buf);
  badMagic.writeUInt32LE(0, 0);
  assert.throws(() => TokenStore.fromBuffer(badMagic, 2, 2), /bad header/);
  const backwards = Buffer.from(buf);
  backwards.writeUInt32LE(6, 16); // offsets are 0, 2, 5 after a 12-byte header: make the 2 a 6
  assert.throws(() => TokenStore.fromBuffer(backwards, 2, 2), /backwards/);
});

test('containsSequence: consecutive term ids within one doc only', () => {
  const store = build([[1, 2, 3, 1, 2], [3, 1], [2, 4]], [0, 1, 2, 3, 4]);
  assert.equal(store.containsSequence(0, [2, 3]), true);
  assert.equal(store.containsSequence(0, [1, 2]), true);
  assert.equal(store.containsSequence(0, [3, 2]), false);
  assert.equal(store.containsSequence(0, [1, 2, 3, 1, 2]), true);
  assert.equal(store.containsSequence(0, [1, 2, 3, 1, 2, 3]), false);
  // Never across the boundary between doc 1 ([3, 1]) and doc 2 ([2, 4]).
  assert.equal(store.containsSequence(1, [1, 2]), false);
  assert.equal(store.containsSequence(2, [2, 4]), true);
  assert.equal(store.containsSequence(2, []), true);
  assert.equal(store.containsSequence(2, [-1]), false);
});
