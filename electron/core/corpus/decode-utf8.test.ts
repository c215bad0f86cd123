import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8 } from './decode-utf8';
import { NotebookError } from '../../shared/result';

test('decodes UTF-8 and drops a leading BOM only', () => {
  const body = Buffer.from('‘Make in India’\n\ufeffinner', 'utf8');
  assert.equal(decodeUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]), 'a.txt'), '‘Make in India’\n\ufeffinner');
  assert.equal(decodeUtf8(body, 'a.txt'), '‘Make in India’\n\ufeffinner');
});

test('invalid UTF-8 is a CORPUS error naming the file', () => {
  assert.throws(
    () => decodeUtf8(Buffer.from([0x61, 0xff, 0xfe, 0x62]), '/corpus/bad.txt'),
    (e: unknown) => e instanceof NotebookError && e.code === 'CORPUS' && e.message.includes('/corpus/bad.txt'),
  );
});
