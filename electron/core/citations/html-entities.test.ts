import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, decodeEntity } from './html-entities';

test('numeric, hex and the usual named references are decoded', () => {
  assert.equal(decodeEntities('A &#38; B &#x3C;i&#62; &amp;&lt;&gt;&quot;&apos;&nbsp;'), 'A & B <i> &<>"\'\u00A0');
});

test('unknown or impossible references are left as written', () => {
  assert.equal(decodeEntities('&bogus; &#0; &#x110000;'), '&bogus; &#0; &#x110000;');
  assert.equal(decodeEntity('bogus'), undefined);
});
