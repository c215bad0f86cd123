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

test('bundled corpus: a name spelled two ways (Sergei / Sergey, Jaishankar / Jayashankar) is no discrepancy', async () => {
  const { claim, found, textOf } = await bundledClaim(`${NDTV}:p8`);
  const all = claim.members.map((m) => textOf(m.paragraphId)).join(' ');
  assert.ok(all.includes('Sergei') && all.includes('Sergey') && all.includes('Jayashankar'), 'the claim holds both spellings');
  assert.deepEqual(found.filter((d) => d.type === 'name'), []);
  assert.equal(found.some((d) => d.type === 'date' || d.type === 'amount'), false);
});

function claimOfTexts(texts: Record<string, string>) {
  const corpus = corpusOf(
    Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, [v]])),
    Object.fromEntries(Object.keys(texts).map((k) => [k, '2021-04-06'])),
  );
  const claims = describeClaims(corpus, buildLinks(corpus, null).state);
  assert.equal(claims.length, 1);
  return findDiscrepancies(claims[0] as Claim, (id) => paragraphText(corpus, id));
}

test('transliterated names are not flagged; another person in the same place is', () => {
  const variants = claimOfTexts({
    a: 'Foreign Minister Sergei Lavrov met Subrahmanyam Jaishankar in Delhi to discuss the pending delivery of the S-400 missile systems.',
    b: 'Foreign Minister Sergey Lavrov met Subramanyam Jayashankar in Delhi to discuss the pending delivery of the S-400 missile systems.',
  });
  assert.deepEqual(variants.filter((d) => d.type === 'name'), []);
  const other = claimOfTexts({
    a: 'Foreign Minister Sergei Lavrov met Subrahmanyam Jaishankar in Delhi to discuss the pending delivery of the S-400 missile systems.',
    b: 'Foreign Minister Sergei Ivanov met Subrahmanyam Jaishankar in Delhi to discuss the pending delivery of the S-400 missile systems.',
  });
  const names = other.filter((d) => d.type === 'name').map((d) => d.values.map((v) => v.text).join('/'));
  assert.deepEqual(names, ['Lavrov/Ivanov']);
});

test('two names that share only their consonants are two people', () => {
  const found = claimOfTexts({
    a: 'Ambassador Hasan met the foreign ministers in Delhi to discuss the pending delivery of the S-400 missile systems.',
    b: 'Ambassador Hussein met the foreign ministers in Delhi to discuss the pending delivery of the S-400 missile systems.',
  });
  assert.ok(found.some((d) => d.type === 'name' && d.values.map((v) => v.text).join('/') === 'Hasan/Hussein'), JSON.stringify(found));
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
