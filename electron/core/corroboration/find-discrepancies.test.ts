import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLinks } from './build-links';
import type { Claim } from './corroboration-types';
import { corpusOf, DESPERATE, loadBundled, NDTV, paragraphText, PRINT } from './corroboration-test-kit';
import { describeClaims } from './describe-claims';
import { findDiscrepancies } from './find-discrepancies';

async function bundledClaim(memberId: string) {
  const corpus = await loadBundled();
  const claim = describeClaims(corpus, buildLinks(corpus, null).state).find((c) => c.members.some((m) => m.paragraphId === memberId));
  assert.ok(claim, memberId);
  return { claim, found: findDiscrepancies(claim, (id) => paragraphText(corpus, id)), textOf: (id: string) => paragraphText(corpus, id) };
}

test('bundled corpus: when the defence ministers meet — "later in the year" against "next year"', async () => {
  const { claim, found, textOf } = await bundledClaim(`${NDTV}:p10`);
  const date = found.find((d) => d.type === 'date');
  assert.ok(date);
  assert.equal(date.claimId, claim.id);
  const byId = new Map(date.values.map((v) => [v.paragraphId, v]));
  assert.equal(byId.get(`${NDTV}:p10`)?.value, '2021');
  assert.equal(byId.get(`${DESPERATE}:p4`)?.value, '2022');
  assert.equal(byId.get(`${DESPERATE}:p4`)?.text, 'next year');
  assert.equal(byId.get(`${DESPERATE}:p7`)?.text, 'end of this year');
  // ThePrint is undated: "later this year" is read from the claim's earliest date.
  assert.equal(byId.get(`${PRINT}:p15`)?.value, '2021');
  for (const v of date.values) for (const s of v.spans) assert.ok(v.text.includes(textOf(v.paragraphId).slice(s.start, s.end)));
});

test('bundled corpus: who said it — Jaishankar alone, or Lavrov and Jaishankar', async () => {
  const { found } = await bundledClaim(`${NDTV}:p10`);
  const attribution = found.find((d) => d.type === 'attribution');
  assert.ok(attribution);
  assert.equal(attribution.values.find((v) => v.paragraphId === `${PRINT}:p15`)?.text, 'Lavrov; Jaishankar');
  assert.equal(attribution.values.find((v) => v.paragraphId === `${NDTV}:p10`)?.text, 'Jaishankar');
});

test('bundled corpus: the year of the US law, 2017 against 2016', async () => {
  const { found } = await bundledClaim(`${NDTV}:p7`);
  const date = found.find((d) => d.type === 'date');
  assert.ok(date);
  assert.deepEqual(
    date.values.map((v) => [v.paragraphId, v.value]),
    [
      [`${NDTV}:p7`, '--12; 2017'],
      [`${DESPERATE}:p5`, '--12; 2016'],
    ],
  );
});

test('bundled corpus: names spelled two ways in one claim', async () => {
  const { found } = await bundledClaim(`${NDTV}:p8`);
  const names = found.filter((d) => d.type === 'name').map((d) => [...new Set(d.values.map((v) => v.text))].sort().join('/'));
  assert.ok(names.includes('Sergei/Sergey'), names.join(', '));
  assert.ok(names.includes('Jaishankar/Jayashankar'), names.join(', '));
  assert.equal(found.some((d) => d.type === 'date' || d.type === 'amount'), false);
});

test('bundled corpus: one place for another — the settlement in Afghanistan, or in Pakistan', async () => {
  const { found } = await bundledClaim(`${NDTV}:p15`);
  const swapped = found.filter((d) => d.type === 'name').map((d) => d.values.map((v) => `${v.paragraphId}=${v.text}`).join(' '));
  assert.deepEqual(swapped, [`${NDTV}:p15=Afghanistan ${PRINT}:p35=Pakistan`]);
});

test('an extra detail in one member is no discrepancy; differing amounts are', () => {
  const corpus = corpusOf(
    {
      a: ['India made an initial payment of $800 million for the S-400 missile systems from Russia in 2019.'],
      b: ['India made an initial payment of $800 million for the Russian S-400 missile systems.'],
      c: ['India made an initial payment of $900 million for the S-400 missile systems from Russia.'],
    },
    { a: '2021-04-06', b: '2021-04-06', c: '2021-04-06' },
  );
  const claims: Claim[] = describeClaims(corpus, buildLinks(corpus, null).state);
  assert.equal(claims.length, 1);
  const found = findDiscrepancies(claims[0] as Claim, (id) => paragraphText(corpus, id));
  assert.deepEqual(found.map((d) => d.type), ['amount']);
  assert.deepEqual(found[0]?.values.map((v) => v.value), ['$800000000', '$800000000', '$900000000']);
});
