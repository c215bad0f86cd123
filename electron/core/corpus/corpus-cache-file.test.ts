import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashText } from './hash-text';
import { CacheFileProblem, checksumMatches, decodeCorpusCache, encodeCorpusCache, STAT_FIELDS, type CorpusCacheContents } from './corpus-cache-file';
import { ParagraphTableBuilder, paragraphText } from './paragraph-table';

function contents(): CorpusCacheContents {
  const b = new ParagraphTableBuilder();
  const texts = [['Ünïcode title', 'Body.'], ['Another — one.']];
  for (const t of texts) b.addParsed({ texts: t, hashes: t.map(hashText), kinds: t.map(() => 'body') });
  return {
    rules: 3,
    corpusDir: '/corpora/naïve',
    manifestDigest: 'ab'.repeat(32),
    keys: ['a.txt\0Ünïcode title\0\0', 'b.txt\0\0Someone\0{"1":"title"}'],
    stats: Float64Array.from([120, 1712345678901.123, 1712345678902.5, 42, 7, 1, 2, 43]),
    digests: Uint8Array.from({ length: 64 }, (_, i) => i),
    table: b.build(),
  };
}
const file = (c = contents()) => Buffer.concat(encodeCorpusCache(c));

test('what is encoded decodes the same, and its checksum matches', async () => {
  const c = contents();
  const bytes = file(c);
  assert.equal(bytes.length % 8, 0);
  const d = decodeCorpusCache(bytes);
  assert.equal(d.rules, 3);
  assert.equal(d.corpusDir, c.corpusDir);
  assert.equal(d.manifestDigest, c.manifestDigest);
  assert.deepEqual(d.keys, c.keys);
  assert.deepEqual([...d.stats], [...c.stats]);
  assert.equal(d.stats.length, 2 * STAT_FIELDS);
  assert.deepEqual([...d.digests], [...c.digests]);
  assert.deepEqual([...d.table.sourceStart], [...c.table.sourceStart]);
  assert.deepEqual([0, 1, 2].map((i) => paragraphText(d.table, i)), ['Ünïcode title', 'Body.', 'Another — one.']);
  assert.ok(d.table.hashes.equals(c.table.hashes));
  assert.equal(await checksumMatches(bytes), true);
});

test('a flipped byte anywhere fails the checksum; a truncated or foreign file fails to decode', async () => {
  const bytes = file();
  for (const at of [20, 60, bytes.length - 40, bytes.length - 1]) {
    const damaged = Buffer.from(bytes);
    damaged[at] = (damaged[at] ?? 0) ^ 0x10;
    assert.equal(await checksumMatches(damaged), false, `byte ${at}`);
  }
  assert.throws(() => decodeCorpusCache(bytes.subarray(0, bytes.length - 8)), CacheFileProblem);
  assert.throws(() => decodeCorpusCache(Buffer.from('{"not":"a cache"}')), /not a corpus cache file/);
  assert.throws(() => decodeCorpusCache(Buffer.alloc(0)), CacheFileProblem);
  const otherVersion = Buffer.from(bytes);
  otherVersion.writeUInt32LE(999, 8);
  assert.throws(() => decodeCorpusCache(otherVersion), /cache format 999/);
  assert.equal(await checksumMatches(Buffer.alloc(10)), false);
});

test('offsets that do not fit their sections are refused even before the checksum', () => {
  const bytes = Buffer.from(new Uint8Array(file()).buffer); // at offset 0, so views' offsets are file offsets
  const d = decodeCorpusCache(bytes);
  // Find the text-starts section through the decoded view and make one offset run past the text.
  const at = d.table.textStart.byteOffset + 4;
  const damaged = Buffer.from(bytes);
  damaged.writeUInt32LE(0xffff, at);
  assert.throws(() => decodeCorpusCache(damaged), /text offsets/);
});

test('a buffer that is not 8-byte aligned still decodes', () => {
  const bytes = file();
  const shifted = Buffer.alloc(bytes.length + 3);
  bytes.copy(shifted, 3);
  const d = decodeCorpusCache(shifted.subarray(3));
  assert.equal(paragraphText(d.table, 2), 'Another — one.');
  assert.equal(d.stats[1], 1712345678901.123);
});
