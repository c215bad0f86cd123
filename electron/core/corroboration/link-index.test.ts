import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLinks } from './build-links';
import { corpusOf } from './corroboration-test-kit';
import { LinkIndex } from './link-index';

const REMARK = 'We have an intergovernmental commission on military-technical cooperation with its own plans.';

test('finds rows by paragraph id and links by row', () => {
  const corpus = corpusOf({ a: ['short', REMARK], b: [REMARK, 'Unrelated words about vaccines stored in liquid form below zero.'], c: [REMARK] });
  const { state } = buildLinks(corpus, null);
  const index = new LinkIndex(state);
  assert.equal(index.rowOf('a:p1'), -1, 'too short to have a row');
  assert.equal(index.rowOf('nope:p1'), -1);
  assert.equal(index.rowOf('a:px'), -1);
  const row = index.rowOf('b:p1');
  assert.equal(index.idOf(row), 'b:p1');
  assert.equal(index.sourceOfRow(row).id, 'b');
  const others = Array.from(index.linksOf(row), (i) => index.idOf((state.links.a[i] === row ? state.links.b[i] : state.links.a[i]) as number)).sort();
  assert.deepEqual(others, ['a:p2', 'c:p1']);
  assert.equal(index.linksOf(index.rowOf('b:p2')).length, 0);
});
