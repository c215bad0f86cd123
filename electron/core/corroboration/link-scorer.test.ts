import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESPERATE, loadBundled, NDTV, paragraphText, PRINT, TAKEAWAYS, TRT } from './corroboration-test-kit';
import { isEligible } from './eligible-paragraph';
import { pairSimilarity, PARAPHRASE_MIN, scorePair, speakersAgree } from './link-scorer';
import { paragraphFeatures } from './paragraph-features';
import { TermWeights } from './term-weights';

async function scorer() {
  const corpus = await loadBundled();
  const weights = new TermWeights();
  for (const p of corpus.allParagraphs()) if (isEligible(p)) weights.add(paragraphFeatures(p.text).terms);
  const f = (id: string) => paragraphFeatures(paragraphText(corpus, id));
  return (a: string, b: string) => scorePair(f(a), f(b), weights);
}

test('the three translations of the Lavrov remark score as the same quotation', async () => {
  const score = await scorer();
  const versions = [`${NDTV}:p8`, `${DESPERATE}:p6`, `${TRT}:p10`];
  for (const a of versions) {
    for (const b of versions) {
      if (a >= b) continue;
      const s = score(a, b);
      assert.equal(s?.kind, 'quote', `${a} ~ ${b}`);
      assert.ok((s?.score ?? 0) >= 0.7, `${a} ~ ${b}: ${s?.score}`);
    }
  }
});

test('the defence ministers paragraphs score as the same fact in other words', async () => {
  const score = await scorer();
  for (const other of [`${DESPERATE}:p7`, `${DESPERATE}:p4`, `${PRINT}:p15`]) {
    const s = score(`${NDTV}:p10`, other);
    assert.equal(s?.kind, 'paraphrase', other);
    assert.ok((s?.score ?? 0) >= PARAPHRASE_MIN, `${other}: ${s?.score}`);
  }
});

test('paragraphs that share only the event and its names do not score', async () => {
  const score = await scorer();
  // The Lavrov remark against the paragraph naming the same two ministers at their meeting.
  assert.equal(score(`${NDTV}:p8`, `${PRINT}:p8`), null);
  // A vaccine paragraph against the S-400 deal's price.
  assert.equal(score(`${NDTV}:p13`, `${PRINT}:p12`), null);
  // The defence ministers' meeting against the annual summit "later this year".
  assert.equal(score(`${NDTV}:p10`, `${TAKEAWAYS}:p8`), null);
});

test('speakers agree unless both are named and differ', () => {
  assert.ok(speakersAgree([], ['lvrv']));
  assert.ok(speakersAgree(['lvrv', 'jsnkr'], ['jsnkr']));
  assert.ok(!speakersAgree(['lvrv'], ['jsnkr']));
});

test('pairSimilarity is the score before thresholds', async () => {
  const corpus = await loadBundled();
  const w = new TermWeights();
  const a = paragraphFeatures(paragraphText(corpus, `${NDTV}:p8`));
  const b = paragraphFeatures(paragraphText(corpus, `${DESPERATE}:p6`));
  w.add(a.terms);
  w.add(b.terms);
  assert.equal(pairSimilarity(a, b, w).toFixed(4), scorePair(a, b, w)?.score.toFixed(4));
});

test('two quotations that agree on the speaker are judged as quotations only; one credited to two people still links', () => {
  const w = new TermWeights();
  const text = (speaker: string) => `"We have an intergovernmental commission on military-technical cooperation, and it has its own plans," ${speaker} said.`;
  const lavrov = paragraphFeatures(text('Lavrov'));
  const other = paragraphFeatures('"We have reaffirmed our commitment to military-technical cooperation with India," Lavrov said.');
  const jaishankar = paragraphFeatures(text('Jaishankar'));
  for (const f of [lavrov, other, jaishankar]) w.add(f.terms);
  for (let i = 0; i < 20; i++) w.add(paragraphFeatures(`Unrelated paragraph number ${i} about the weather in town ${i}.`).terms);
  assert.equal(scorePair(lavrov, other, w), null, 'two Lavrov quotations sharing only "military-technical cooperation"');
  assert.equal(scorePair(lavrov, paragraphFeatures(text('Lavrov')), w)?.kind, 'quote');
  assert.equal(scorePair(lavrov, jaishankar, w)?.kind, 'paraphrase', 'the same words, another speaker: a link, so the attribution can be compared');
});
