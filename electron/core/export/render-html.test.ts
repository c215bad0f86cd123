import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { Briefing, Paragraph, SourceMeta } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
import { buildBriefingDocument } from './build-briefing-document';
import type { BriefingDocument } from './build-briefing-document';
import { EXPORT_CSP, renderHtml, runsToHtml } from './render-html';
import { loadSampleBriefing } from './sample-briefing';

const citations = createCitationEngine();
const parse = (html: string) => new JSDOM(html).window.document;

async function sampleDocument(styleId = 'chicago'): Promise<BriefingDocument> {
  const { briefing, quotes } = await loadSampleBriefing();
  return buildBriefingDocument({ briefing, quotes, styleId, citations });
}

test('a standalone document: CSP first in <head>, the title in <title>, the print stylesheet embedded', async () => {
  const doc = await sampleDocument();
  const html = renderHtml(doc, { paper: 'a4' });
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
  const d = parse(html);
  const csp = d.querySelector('meta[http-equiv="Content-Security-Policy"]');
  assert.equal(csp?.getAttribute('content'), "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  assert.equal(EXPORT_CSP, csp?.getAttribute('content'));
  assert.equal(d.head.children[1], csp, 'the CSP comes before anything it governs');
  assert.equal(d.title, 'India–Russia defence ties after the Lavrov visit');
  assert.match(d.querySelector('style')?.textContent ?? '', /@page \{ size: A4;/);
  assert.match(renderHtml(doc, { paper: 'letter' }), /@page \{ size: letter;/);
  assert.equal(d.querySelectorAll('link, script, iframe, object, embed').length, 0);
});

test('quotes, notes and sources are all there, linked by note number', async () => {
  const doc = await sampleDocument();
  const d = parse(renderHtml(doc, { paper: 'a4' }));
  const quotes = Array.from(d.querySelectorAll('figure.quote blockquote'));
  const docQuotes = doc.items.filter((i) => i.type === 'quote');
  assert.equal(quotes.length, docQuotes.length);
  quotes.forEach((q, i) => {
    const item = docQuotes[i];
    assert.equal(q.textContent, `${item?.text}${item?.note}`);
    assert.equal(q.querySelector('sup.note-ref a')?.getAttribute('href'), `#note-${item?.note}`);
  });
  const notes = Array.from(d.querySelectorAll('.notes li'));
  assert.deepEqual(
    notes.map((li) => li.querySelector('.body')?.textContent),
    doc.notes.map((n) => n.text),
  );
  assert.deepEqual(
    notes.map((li) => li.id),
    doc.notes.map((n) => `note-${n.n}`),
  );
  assert.deepEqual(
    Array.from(d.querySelectorAll('.sources p')).map((p) => p.textContent),
    doc.bibliography.map((b) => b.text),
  );
  assert.equal(d.querySelector('.comment')?.textContent?.trim(), 'Analyst comment: Production in India is framed as routine cooperation.');
  assert.deepEqual(
    Array.from(d.querySelectorAll('main > h2')).map((h) => h.textContent),
    ['Summary', 'Sanctions & pressure', 'Outlook'],
  );
});

test('hostile user markdown and hostile corpus text and metadata are inert', () => {
  const source: SourceMeta = {
    id: 'src',
    title: '<img src=x onerror=alert(1)>',
    outlet: '<i>Outlet</i>',
    author: '',
    published: '',
    url: 'https://example.org/a?b=1&c=2',
    language: 'en',
  };
  const paragraph: Paragraph = { id: 'src:p1', sourceId: 'src', n: 1, text: '</blockquote><script>alert(1)</script>', hash: 'h', kind: 'body' };
  const briefing: Briefing = {
    id: 'b',
    title: '</title><script>alert(1)</script>',
    author: '<b onmouseover=alert(1)>me</b>',
    style: 'chicago',
    createdAt: '',
    updatedAt: '',
    items: [
      { id: 'h', type: 'heading', text: '<svg onload=alert(1)>' },
      {
        id: 't',
        type: 'text',
        markdown:
          '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n<iframe src="https://evil.test"></iframe>\n\n<svg onload="alert(1)"></svg>',
      },
      { id: 'q', type: 'quote', paragraphId: 'src:p1', hash: 'h', comment: '<a href="javascript:alert(1)">c</a><img src=y onerror=alert(2)>' },
    ],
  };
  const html = renderHtml(buildBriefingDocument({ briefing, quotes: { q: { paragraph, source } }, styleId: 'chicago', citations }), {
    paper: 'a4',
  });
  const d = parse(html);
  assert.equal(d.querySelectorAll('script, iframe, svg, img, object, embed').length, 0);
  for (const el of Array.from(d.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      assert.doesNotMatch(attr.name, /^on/i, `${el.localName}[${attr.name}]`);
      assert.doesNotMatch(attr.value, /javascript:/i, `${el.localName}[${attr.name}]`);
    }
  }
  assert.equal(d.title, '</title><script>alert(1)</script>');
  assert.equal(d.querySelector('blockquote p')?.textContent, '</blockquote><script>alert(1)</script>1');
  assert.equal(d.querySelector('main > h2')?.textContent, '<svg onload=alert(1)>');
  assert.equal(d.querySelector('.meta')?.textContent, '<b onmouseover=alert(1)>me</b>');
  // The URL in the note is a working link with its query intact.
  assert.equal(d.querySelector('.notes a[href^="https"]')?.getAttribute('href'), 'https://example.org/a?b=1&c=2');
  assert.ok(html.includes('href="https://example.org/a?b=1&amp;c=2"'));
});

test('citation runs: marks become <i>/<b>, text is escaped, URLs become links without trailing punctuation', () => {
  assert.equal(
    runsToHtml([{ text: 'A <b> & ' }, { text: 'Times', italic: true }, { text: ', https://x.test/a_(b). ' }, { text: 'Sc', smallCaps: true, bold: true }]),
    'A &lt;b&gt; &amp; <i>Times</i>, <a href="https://x.test/a_(b)">https://x.test/a_(b)</a>. <b><span class="sc">Sc</span></b>',
  );
  assert.equal(runsToHtml([{ text: '(see https://x.test/a).' }]), '(see <a href="https://x.test/a">https://x.test/a</a>).');
});

test('the corroboration options: "Also reported by" in the notes, the appendix as escaped tables', () => {
  const doc: BriefingDocument = {
    title: 'T',
    author: '',
    date: '',
    style: { id: 'chicago', name: 'Chicago', builtin: true },
    items: [{ type: 'quote', text: 'Q', comment: '', note: 1, sourceId: 's', paragraphN: 1 }],
    notes: [{ n: 1, text: 'Cite.', runs: [{ text: 'Cite.' }], alsoReported: [{ sourceId: 'o', label: '<Other>', paragraphs: [4] }] }],
    bibliography: [],
    agreement: [
      {
        type: 'date',
        label: 'Date',
        notes: [1],
        values: [
          { source: 'S & co', paragraphN: 1, notes: [1], excerpt: [{ text: 'meet ', match: false }, { text: '<later>', match: true }] },
          { source: 'Other', paragraphN: 4, notes: [], excerpt: [{ text: 'next year', match: true }] },
        ],
      },
    ],
  };
  const html = renderHtml(doc, { paper: 'a4' });
  assert.match(html, /<span class="body">Cite\. <span class="also">Also reported by: &lt;Other&gt;, ¶\u00a04\.<\/span><\/span>/);
  assert.match(html, /<caption>Date<span class="about">note 1<\/span><\/caption>/);
  assert.match(html, /<tr class="quoted"><td class="src">S &amp; co<span class="tag">Quoted, note 1<\/span><\/td><td class="pn">1<\/td><td>meet <b class="diff">&lt;later&gt;<\/b><\/td><\/tr>/);
  assert.match(html, /<tr><td class="src">Other<\/td><td class="pn">4<\/td><td><b class="diff">next year<\/b><\/td><\/tr>/);
  assert.doesNotMatch(renderHtml({ ...doc, agreement: undefined }, { paper: 'a4' }), /<section class="appendix">/);
  assert.match(renderHtml({ ...doc, agreement: [] }, { paper: 'a4' }), /<section class="appendix">.*No other source that reports a quoted statement differs/);
});
