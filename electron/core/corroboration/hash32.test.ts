import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a32, mix32 } from './hash32';

test('fnv1a32 matches the reference values, as signed 32-bit integers', () => {
  assert.equal(fnv1a32(''), 0x811c9dc5 | 0);
  assert.equal(fnv1a32('a'), 0xe40c292c | 0);
  assert.equal(fnv1a32('foobar'), 0xbf9cf968 | 0);
});

test('mix32 is a bijection on a sample and stays in int32 range', () => {
  const seen = new Set<number>();
  for (let x = -5000; x < 5000; x++) {
    const h = mix32(x);
    assert.equal(h, h | 0);
    seen.add(h);
  }
  assert.equal(seen.size, 10000);
});
