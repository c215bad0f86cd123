import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotebookError } from '../../shared/result';
import type { Briefing } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
import { buildBriefingDocument, displayDate, UNTITLED_BRIEFING } from './build-briefing-document';
import { loadSampleBriefing } from './sample-briefing';

const citations = createCitationEngine();

test('items keep their order; each quote gets the next note number and its paragraph as locator', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const doc = buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations });
  assert.deepEqual(
    doc.items.map((i) => i.type),
    briefing.items.map((i) => i.type),
  );
  const quoted = doc.items.filter((i) => i.type === 'quote');
  assert.deepEqual(
    quoted.map((q) => q.note),
    [1, 2, 3, 4, 5, 6, 7],
  );
  for (const q of quoted) {
    const original = briefing.items.find((i) => i.type === 'quote' && quotes[i.id]?.paragraph.text === q.text);
    assert.ok(original, `quote text is the corpus paragraph: ${q.text.slice(0, 40)}`);
    assert.match(doc.notes[q.note - 1]?.text ?? '', new RegExp(`para\\. ${q.paragraphN}\\.$`));
  }
  assert.equal(doc.notes.length, 7);
  assert.deepEqual(
    doc.notes.map((n) => n.n),
    [1, 2, 3, 4, 5, 6, 7],
  );
});

test('the bibliography lists each quoted source once', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const doc = buildBriefingDocument({ briefing, quotes, styleId: 'apa', citations });
  const sourceIds = new Set(Object.values(quotes).map((q) => q.source.id));
  assert.equal(doc.bibliography.length, sourceIds.size);
  assert.deepEqual(new Set(doc.bibliography.map((b) => b.sourceId)), sourceIds);
  assert.equal(doc.style.id, 'apa');
});

test('title block: title, author and a date from generatedAt, else from the last change', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const doc = buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations });
  assert.deepEqual([doc.title, doc.author, doc.date], ['India–Russia defence ties after the Lavrov visit', 'Policy Analysis Unit', 'April 9, 2021']);
  const later = buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations, generatedAt: '2024-12-31T23:59:59.000Z' });
  assert.equal(later.date, 'December 31, 2024');
});

test('an empty briefing still has a title block and nothing else', () => {
  const empty: Briefing = { id: 'b', title: '  ', author: '', style: 'chicago', createdAt: '', updatedAt: '', items: [] };
  const doc = buildBriefingDocument({ briefing: empty, quotes: {}, styleId: 'chicago', citations });
  assert.deepEqual(doc, {
    title: UNTITLED_BRIEFING,
    author: '',
    date: '',
    style: citations.listStyles()[0],
    items: [],
    notes: [],
    bibliography: [],
  });
});

test('a quote the caller did not resolve stops the build, naming it', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const { q3: _dropped, ...rest } = quotes;
  assert.throws(
    () => buildBriefingDocument({ briefing, quotes: rest, styleId: 'chicago', citations }),
    (e: unknown) =>
      e instanceof NotebookError && e.code === 'BROKEN_QUOTES' && /Item 6 .*q3, lavrov-jaishankar-key-takeaways:p12/.test(e.message),
  );
});

test('displayDate reads the calendar date as written, whatever the time zone', () => {
  assert.equal(displayDate('2021-04-06'), 'April 6, 2021');
  assert.equal(displayDate('2021-01-01T00:30:00+05:30'), 'January 1, 2021');
  assert.equal(displayDate(''), '');
  assert.equal(displayDate('2021-13-01'), '');
  assert.equal(displayDate('yesterday'), '');
});
