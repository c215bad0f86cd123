import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph } from '../../shared/types';
import { findWire } from './find-wire';
import { loadBundled, NDTV, TRT } from './corroboration-test-kit';

const wireOf = (...texts: string[]): string | null =>
  findWire(texts.map((text, i): Paragraph => ({ id: `x:p${i + 1}`, sourceId: 'x', n: i + 1, text, hash: '', kind: 'body' })));

test('credit lines and datelines name the wire', () => {
  assert.equal(wireOf('Body text.', 'SOURCE:Reuters'), 'Reuters');
  assert.equal(wireOf('Source: AFP'), 'AFP');
  assert.equal(wireOf('(Reuters)'), 'Reuters');
  assert.equal(wireOf('— AP'), 'AP');
  assert.equal(wireOf('With inputs from PTI'), 'PTI');
  assert.equal(wireOf('NEW DELHI (Reuters) - India said on Tuesday it would buy the system.'), 'Reuters');
  assert.equal(wireOf('Reuters contributed to this report.'), 'Reuters');
  assert.equal(wireOf('By Associated Press'), 'AP');
});

test('mentions in the text, photo credits and unknown agencies are not wire copy', () => {
  assert.equal(wireOf('India made an initial payment of $800 million in 2019, Reuters reported.'), null);
  assert.equal(wireOf('Photo: Reuters'), null);
  assert.equal(wireOf('Source: the foreign ministry'), null);
  assert.equal(wireOf('NEW DELHI (Tuesday) - talks began.'), null);
});

test('bundled corpus: only the TRT article carries a wire line', async () => {
  const corpus = await loadBundled();
  assert.equal(findWire(corpus.getSource(TRT)?.paragraphs ?? []), 'Reuters');
  assert.equal(findWire(corpus.getSource(NDTV)?.paragraphs ?? []), null);
});
