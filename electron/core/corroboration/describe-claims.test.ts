import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLinks } from './build-links';
import { corpusOf, DESPERATE, loadBundled, NDTV, TRT } from './corroboration-test-kit';
import { describeClaims } from './describe-claims';

const A = 'India and Russia agreed on Tuesday to expand the production of Russian military helicopters in India under a new licence.';
const sources = {
  a: [A],
  b: ['Russia and India agreed on Tuesday to expand production of Russian military helicopters in India under a licence deal signed in Delhi.'],
  c: ['On Tuesday India and Russia agreed to expand the local production of Russian military helicopters in India, officials said.'],
  d: ['India and Russia agreed on Tuesday to expand production of Russian military helicopters in India under a new licence, which may irk Washington.', 'SOURCE:Reuters'],
  e: ['India and Russia agreed on Tuesday to expand production of the Russian military helicopters built in India, the countries said.', 'SOURCE:Reuters'],
  f: [A],
};
const published = { a: '2021-04-06', b: '2021-04-05', c: '', d: '2021-04-06', e: '2021-04-07', f: '2021-04-08' };

test('one claim: earliest by date with undated sources making it uncertain; wires and copies counted once', () => {
  const corpus = corpusOf(sources, published);
  const claims = describeClaims(corpus, buildLinks(corpus, null).state);
  assert.equal(claims.length, 1);
  const [claim] = claims;
  assert.ok(claim);
  assert.deepEqual(
    claim.members.map((m) => m.sourceId),
    ['b', 'a', 'd', 'e', 'f', 'c'],
    'by date, undated last',
  );
  assert.equal(claim.earliest.paragraphId, 'b:p1');
  assert.equal(claim.earliestUncertain, true);
  assert.equal(claim.earliestUncertainty, 'undated-sources');
  const byId = new Map(claim.members.map((m) => [m.sourceId, m]));
  assert.equal(byId.get('d')?.wire, 'Reuters');
  assert.equal(byId.get('d')?.wireCopy, true);
  assert.equal(byId.get('f')?.copyOf, 'a:p1', 'the later identical text copies the earlier');
  assert.equal(byId.get('f')?.wireCopy, true);
  assert.equal(byId.get('a')?.wireCopy, false, 'the first of two identical texts is the original');
  assert.equal(byId.get('d')?.group, byId.get('e')?.group, 'one wire, one group');
  assert.equal(byId.get('a')?.group, byId.get('f')?.group);
  assert.notEqual(byId.get('a')?.group, byId.get('b')?.group);
  // b, c, {a, f}, {d, e}
  assert.equal(claim.independentSources, 4);
  assert.deepEqual(claim.sources, ['b', 'a', 'd', 'e', 'f', 'c']);
  assert.match(claim.id, /^c[0-9a-f]{16}$/);
});

test('claim ids depend only on the members; dates only change the order', () => {
  const one = describeClaims(corpusOf(sources, published), buildLinks(corpusOf(sources, published), null).state)[0];
  const redated = corpusOf(sources, { ...published, c: '2021-04-01' });
  const two = describeClaims(redated, buildLinks(redated, null).state)[0];
  assert.equal(one?.id, two?.id);
  assert.equal(two?.earliest.sourceId, 'c');
  assert.equal(two?.earliestUncertain, false);
});

test('bundled corpus: the Lavrov remark is one claim from three independent sources on one day', async () => {
  const corpus = await loadBundled();
  const claims = describeClaims(corpus, buildLinks(corpus, null).state);
  const remark = claims.find((c) => c.members.some((m) => m.paragraphId === `${NDTV}:p8`));
  assert.ok(remark);
  assert.ok(remark.sources.includes(NDTV) && remark.sources.includes(DESPERATE) && remark.sources.includes(TRT));
  assert.equal(remark.earliest.sourceId, NDTV);
  // All dated 2021-04-06; ThePrint (undated) may join with its paraphrase of the remark.
  assert.equal(remark.earliestUncertainty, remark.members.some((m) => m.published === '') ? 'undated-sources' : 'same-day');
  assert.equal(remark.independentSources, remark.sources.length);
  for (const m of remark.members) assert.equal(m.wireCopy, m.sourceId === TRT, m.paragraphId);
  // Every claim spans at least two sources.
  assert.ok(claims.every((c) => c.sources.length >= 2));
});
