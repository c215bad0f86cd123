import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph, SourceRef } from '../../shared/types';
import type { CorroborationForExport } from './corroboration-for-export';
import { alsoReportedBy, alsoReportedText, excerpt, shortSource, sourceAgreement } from './source-agreement';

const source = (id: string, over: Partial<SourceRef> = {}): SourceRef => ({ id, title: '', outlet: '', published: '', ...over });
const paragraph = (sourceId: string, n: number, text: string): Paragraph => ({ id: `${sourceId}:p${n}`, sourceId, n, text, hash: 'h', kind: 'body' });

test('short forms: outlet, else the title in quotes, else "Untitled source"; then the date', () => {
  assert.equal(shortSource(source('a', { outlet: 'TRT World', title: 'Ignored', published: '2021-04-06' })), 'TRT World (April 6, 2021)');
  assert.equal(shortSource(source('a', { title: 'Russia in talks' })), '“Russia in talks”');
  assert.equal(shortSource(source('a')), 'Untitled source');
});

test('"Also reported by": one entry per source, its paragraphs in order, ¶ or ¶¶', () => {
  const trt = source('trt', { outlet: 'TRT' });
  const list = alsoReportedBy([
    { paragraph: paragraph('trt', 10, 'x'), source: trt },
    { paragraph: paragraph('ndtv', 8, 'x'), source: source('ndtv', { outlet: 'NDTV' }) },
    { paragraph: paragraph('trt', 3, 'x'), source: trt },
  ]);
  assert.deepEqual(list, [
    { sourceId: 'trt', label: 'TRT', paragraphs: [3, 10] },
    { sourceId: 'ndtv', label: 'NDTV', paragraphs: [8] },
  ]);
  assert.equal(alsoReportedText(list), 'Also reported by: TRT, ¶¶\u00a03, 10; NDTV, ¶\u00a08.');
});

test('excerpts: the sentence holding the words, marked; cut at spaces when long', () => {
  const text = 'First sentence here. Jaishankar said the meeting is next year. Last one.';
  const at = text.indexOf('next year');
  assert.deepEqual(excerpt(text, [{ start: at, end: at + 9 }]), [
    { text: 'Jaishankar said the meeting is ', match: false },
    { text: 'next year', match: true },
    { text: '.', match: false },
  ]);
  const long = `${'word '.repeat(80)}2017 ${'more '.repeat(80)}`.trim();
  const parts = excerpt(long, [{ start: 400, end: 404 }]);
  assert.equal(parts[0]?.text, '…');
  assert.equal(parts.at(-1)?.text, '…');
  assert.deepEqual(parts.filter((p) => p.match).map((p) => p.text), ['2017']);
  assert.ok(parts.map((p) => p.text).join('').length < 240);
});

test('the appendix: discrepancies touching a quote, ordered by note, repeats of one source dropped', () => {
  const ndtv = source('ndtv', { outlet: 'NDTV', published: '2021-04-06' });
  const other = source('other', { title: 'Other' });
  const p5 = paragraph('ndtv', 5, 'Talks later in the year.');
  const p10 = paragraph('ndtv', 10, 'They meet later in the year.');
  const o4 = paragraph('other', 4, 'They meet next year.');
  const span = (p: Paragraph, words: string) => ({ start: p.text.indexOf(words), end: p.text.indexOf(words) + words.length });
  const data: CorroborationForExport = {
    related: {},
    paragraphs: { [p5.id]: { paragraph: p5, source: ndtv }, [p10.id]: { paragraph: p10, source: ndtv }, [o4.id]: { paragraph: o4, source: other } },
    discrepancies: [
      { type: 'name', values: [{ paragraphId: o4.id, sourceId: 'other', text: 'Unrelated', value: 'x', spans: [] }] },
      {
        type: 'date',
        values: [
          { paragraphId: p5.id, sourceId: 'ndtv', text: 'later in the year', value: '2021', spans: [span(p5, 'later in the year')] },
          { paragraphId: p10.id, sourceId: 'ndtv', text: 'later in the year', value: '2021', spans: [span(p10, 'later in the year')] },
          { paragraphId: o4.id, sourceId: 'other', text: 'next year', value: '2022', spans: [span(o4, 'next year')] },
        ],
      },
    ],
  };
  const entries = sourceAgreement(data, [{ paragraphId: p10.id, note: 2 }]);
  assert.equal(entries.length, 1, 'the name discrepancy touches no quote');
  assert.equal(entries[0]?.label, 'Date');
  assert.deepEqual(entries[0]?.notes, [2]);
  assert.deepEqual(entries[0]?.values.map((v) => [v.source, v.paragraphN, v.notes]), [
    ['NDTV (April 6, 2021)', 10, [2]],
    ['“Other”', 4, []],
  ]);
  assert.deepEqual(entries[0]?.values[1]?.excerpt.filter((p) => p.match).map((p) => p.text), ['next year']);
});
