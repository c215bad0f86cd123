import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAGRAPH_KINDS, type Paragraph } from '../../shared/types';
import { isEligible } from './eligible-paragraph';

test('only body paragraphs and standfirsts are statements to link', () => {
  const eligible = PARAGRAPH_KINDS.filter((kind) => isEligible({ id: 'a:p1', sourceId: 'a', n: 1, text: 'x', hash: '', kind } satisfies Paragraph));
  assert.deepEqual(eligible, ['standfirst', 'body']);
});
