import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../corpus/load-corpus';
import { createCorroboration } from '../corroboration/create-corroboration';
import { corroborationForExport } from './corroboration-for-export';
import { BUNDLED_CORPUS_DIR } from './sample-briefing';

test('per quote its linked paragraphs; the discrepancies of its claim, each claim once, with their paragraphs', async () => {
  const corpus = await loadCorpus(BUNDLED_CORPUS_DIR);
  const c = createCorroboration({ corpus, cacheDir: null });
  await c.open();
  const quote = (id: string) => {
    const paragraph = corpus.getParagraph(id);
    assert.ok(paragraph, id);
    return { paragraph };
  };
  const data = await corroborationForExport(
    c,
    { q1: quote('russia-india-non-committal-on-s-400:p10'), q2: quote('russia-india-non-committal-on-s-400:p5'), q3: quote('russia-india-non-committal-on-s-400:p13') },
    { paragraph: (id) => corpus.getParagraph(id), sourceRef: (id) => ({ id, title: 'T', outlet: `outlet of ${id}`, published: '' }) },
  );
  assert.deepEqual(
    data.related.q1?.map((r) => r.paragraph.id),
    c.related('russia-india-non-committal-on-s-400:p10').map((l) => l.b),
  );
  assert.equal(data.related.q1?.[0]?.source.outlet, `outlet of ${data.related.q1?.[0]?.source.id}`, 'sources come through the lookup');
  assert.deepEqual(data.related.q3, []);
  const claim = c.claimFor('russia-india-non-committal-on-s-400:p10');
  assert.ok(claim && c.claimFor('russia-india-non-committal-on-s-400:p5') === claim, 'q1 and q2 share a claim');
  assert.equal(data.discrepancies.length, (await c.discrepancies(claim.id)).length, 'its discrepancies are listed once');
  for (const d of data.discrepancies) for (const v of d.values) assert.equal(data.paragraphs[v.paragraphId]?.paragraph.id, v.paragraphId);
});
