import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hashText, normaliseWhitespace } from './hash-text';

test('normaliseWhitespace collapses spaces, tabs, newlines and NBSPs and trims', () => {
  assert.equal(normaliseWhitespace('  a\u00a0\u00a0b\t\tc\r\n d \u2009'), 'a b c d');
  assert.equal(normaliseWhitespace('\u00a0 \u00a0'), '');
  assert.equal(normaliseWhitespace('‘Make in India’ — “quoted”'), '‘Make in India’ — “quoted”');
});

test('every character JavaScript counts as whitespace is collapsed (the fast path misses none)', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    if (c === ' ' || !/\s/.test(c)) continue;
    assert.equal(normaliseWhitespace(`a${c}b`), 'a b', `U+${code.toString(16).padStart(4, '0')}`);
  }
  assert.equal(normaliseWhitespace('a  b'), 'a b');
  assert.equal(normaliseWhitespace('a b'), 'a b');
});

test('hashText is the first 16 hex chars of sha-256 over the normalised text', () => {
  const expected = createHash('sha256').update('Lavrov said so.', 'utf8').digest('hex').slice(0, 16);
  assert.equal(hashText('Lavrov said so.'), expected);
  assert.match(hashText('x'), /^[0-9a-f]{16}$/);
});

test('whitespace variants hash equal; different words do not', () => {
  const h = hashText('India and Russia agreed.');
  assert.equal(hashText('  India\u00a0and   Russia\tagreed. '), h);
  assert.equal(hashText('India\nand Russia agreed.'), h);
  assert.notEqual(hashText('India and Russia agreed!'), h);
  assert.notEqual(hashText('India andRussia agreed.'), h);
});
