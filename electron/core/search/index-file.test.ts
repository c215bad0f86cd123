import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { CheckedFileWriter } from './checked-file';
import { decodeStrings, encodeStrings, readSections, type Section, section, writeSections } from './index-file';

async function roundTrip(sections: [string, Section][]): Promise<Buffer> {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-')), 'index.bin');
  const w = await CheckedFileWriter.create(path);
  await writeSections(w, sections);
  await w.close();
  return readFileSync(path);
}

test('sections of every width read back as aligned views, in place', async () => {
  const buf = await roundTrip([
    ['AAAA', Uint8Array.from([1, 2, 3])],
    ['BBB1', Uint16Array.from([65535, 7])],
    ['CCCC', Uint32Array.from([2 ** 32 - 1, 0, 5])],
    ['EMPT', new Uint32Array(0)],
  ]);
  const got = readSections(buf);
  assert.deepEqual([...got.keys()], ['AAAA', 'BBB1', 'CCCC', 'EMPT']);
  assert.deepEqual(Array.from(got.get('AAAA') ?? []), [1, 2, 3]);
  assert.ok(got.get('BBB1') instanceof Uint16Array);
  assert.deepEqual(Array.from(got.get('BBB1') ?? []), [65535, 7]);
  assert.deepEqual(Array.from(got.get('CCCC') ?? []), [2 ** 32 - 1, 0, 5]);
  for (const s of got.values()) assert.equal(s.byteOffset % 8, 0);
  assert.equal(got.get('CCCC')?.buffer, buf.buffer);
  // Unaligned input is copied, not misread.
  const shifted = Buffer.alloc(buf.length + 1).subarray(1);
  buf.copy(shifted);
  assert.deepEqual(Array.from(readSections(shifted).get('CCCC') ?? []), [2 ** 32 - 1, 0, 5]);
  assert.throws(() => section(got, 'AAAA'), /elements of 1 bytes/);
  assert.throws(() => section(got, 'ZZZZ'), /no section ZZZZ/);
});

test('malformed files are refused', async () => {
  const buf = await roundTrip([['AAAA', Uint32Array.from([1, 2, 3])]]);
  assert.throws(() => readSections(buf.subarray(0, 4)), /bad header/);
  const badMagic = Buffer.from(buf);
  badMagic[0] = (badMagic[0] as number) ^ 1;
  assert.throws(() => readSections(badMagic), /bad header/);
  assert.throws(() => readSections(buf.subarray(0, buf.length - 4)), /ends inside section AAAA/);
  assert.throws(() => readSections(Buffer.concat([buf, Buffer.alloc(8)])), /runs past/);
  const badWidth = Buffer.from(buf);
  badWidth.writeUInt32LE(3, 12);
  assert.throws(() => readSections(badWidth), /elements of 3 bytes/);
  await assert.rejects(roundTrip([['bad', new Uint8Array(1)]]), /not 4 capitals/);
});

test('string lists round trip, any characters included', () => {
  const list = ['a', '', 'Zürich\nline', '日本', 'x'.repeat(1000)];
  const { offsets, bytes } = encodeStrings(list);
  assert.deepEqual(decodeStrings(offsets, bytes), list);
  assert.deepEqual(decodeStrings(Uint32Array.of(0), new Uint8Array(0)), []);
  assert.throws(() => decodeStrings(Uint32Array.of(0, 9), bytes.subarray(0, 3)), /do not cover/);
  assert.throws(() => decodeStrings(Uint32Array.of(0, 2, 1, 3), Uint8Array.of(97, 98, 99)), /backwards/);
});
