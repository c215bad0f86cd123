import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJsonBytes, UnreadableJsonError } from './decode-json-bytes';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const refuses = (b: Uint8Array, reason: RegExp) =>
  assert.throws(() => decodeJsonBytes(b), (e: unknown) => e instanceof UnreadableJsonError && reason.test(e.message));

test('reads JSON objects and arrays', () => {
  assert.deepEqual(decodeJsonBytes(bytes('{"a":[1,"é"]}')), { a: [1, 'é'] });
});

test('strips a leading UTF-8 BOM and accepts the rest', () => {
  assert.deepEqual(decodeJsonBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('{"a":1}')])), { a: 1 });
});

test('refuses an empty file, truncated JSON and a BOM with nothing after it', () => {
  refuses(Buffer.alloc(0), /empty/);
  refuses(bytes('{"a":[1,2'), /not valid JSON/);
  refuses(Buffer.from([0xef, 0xbb, 0xbf]), /not valid JSON/);
});

test('refuses NUL bytes, alone or after valid JSON', () => {
  refuses(Buffer.alloc(64), /NUL/);
  refuses(Buffer.concat([bytes('{"a":1}'), Buffer.alloc(8)]), /NUL/);
});

test('refuses invalid UTF-8 instead of replacing it', () => {
  refuses(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /UTF-8/);
});

test('refuses a file holding only null', () => {
  refuses(bytes('null'), /null/);
});
