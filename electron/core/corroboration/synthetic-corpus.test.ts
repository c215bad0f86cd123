import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBundled } from './corroboration-test-kit';
import { syntheticCorpus } from './synthetic-corpus';

test('the same plan gives the same corpus; another seed another', async () => {
  const bundled = await loadBundled();
  const one = syntheticCorpus(bundled, { articles: 40, seed: 1 });
  const two = syntheticCorpus(bundled, { articles: 40, seed: 1 });
  const other = syntheticCorpus(bundled, { articles: 40, seed: 2 });
  const texts = (c: typeof one) => [...c.corpus.allParagraphs()].map((p) => p.text);
  assert.deepEqual(texts(one), texts(two));
  assert.equal(one.corpus.fingerprint, two.corpus.fingerprint);
  assert.notDeepEqual(texts(one), texts(other));
});

test('articles share retold facts, some as wire copy, and the truth names real paragraphs', async () => {
  const { corpus, facts } = syntheticCorpus(await loadBundled(), { articles: 60, seed: 3 });
  assert.equal(corpus.sources.length, 60);
  assert.ok(facts.size > 60);
  const perFact = new Map<string, Set<string>>();
  for (const [id, fact] of facts) {
    const p = corpus.getParagraph(id);
    assert.ok(p && p.kind === 'body', id);
    perFact.set(fact, (perFact.get(fact) ?? new Set()).add(p.sourceId));
  }
  assert.ok([...perFact.values()].some((sources) => sources.size >= 3), 'some fact is told by three articles');
  const wired = corpus.sources.filter((s) => corpus.getSource(s.id)?.paragraphs.some((p) => p.text.startsWith('SOURCE:')));
  assert.ok(wired.length > 0 && wired.length < 60);
});
