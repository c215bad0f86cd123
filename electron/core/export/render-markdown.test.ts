import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { Marked } from 'marked';
import type { Briefing, Paragraph, SourceMeta } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
import { buildBriefingDocument } from './build-briefing-document';
import type { BriefingDocumentInput } from './build-briefing-document';
import { escapeHtml } from './escape-html';
import { renderMarkdown, runsToMarkdown } from './render-markdown';
import { loadCorpus } from '../corpus/load-corpus';
import { createCorroboration } from '../corroboration/create-corroboration';
import { corroborationForExport } from './corroboration-for-export';
import { BUNDLED_CORPUS_DIR, loadCorroborationBriefing, loadSampleBriefing } from './sample-briefing';

const citations = createCitationEngine();
const goldenPath = (styleId: string) => new URL(`./render-markdown.${styleId}.golden.md`, import.meta.url);

// UPDATE_GOLDEN=1 npm run unit -- render-markdown rewrites the golden files; review the diff.
for (const styleId of ['chicago', 'apa']) {
  test(`the sample briefing over the bundled corpus matches render-markdown.${styleId}.golden.md`, async () => {
    const { briefing, quotes } = await loadSampleBriefing();
    const md = renderMarkdown(buildBriefingDocument({ briefing, quotes, styleId, citations }));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath(styleId), md);
    assert.equal(md, readFileSync(goldenPath(styleId), 'utf8'));
  });
}

test('the same briefing gives the same bytes, built twice by separate engines', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const once = renderMarkdown(buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations }));
  const again = renderMarkdown(
    buildBriefingDocument({ briefing: structuredClone(briefing), quotes: structuredClone(quotes), styleId: 'chicago', citations: createCitationEngine() }),
  );
  assert.equal(once, again);
  assert.ok(!once.includes(String(new Date().getFullYear())), 'no clock in the output');
});

test('layout: title block, items in order, quotes with footnotes and comments, definitions, Sources', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const md = renderMarkdown(buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations }));
  assert.ok(md.startsWith('# India–Russia defence ties after the Lavrov visit\n\n**Author:** Policy Analysis Unit\\\n**Date:** April 9, 2021\n\n## Summary\n\n'));
  assert.match(md, /Moscow\.\[\^1\]\n\n\*Analyst comment:\* Production in India is framed as routine cooperation\.\n\n/);
  assert.equal(md.match(/^> /gm)?.length, 7);
  for (let n = 1; n <= 7; n++) {
    assert.equal(md.split(`[^${n}]`).length, 3, `[^${n}] is referenced once and defined once`);
    assert.match(md, new RegExp(`^\\[\\^${n}\\]: \\S`, 'm'));
  }
  assert.ok(md.indexOf('[^7]: ') < md.indexOf('\n## Sources\n\n'));
  assert.ok(md.endsWith('\n\nUntitled article. n.d.\n'));
});

/** A briefing whose "corpus" text tries every way of breaking out of a blockquote. */
function hostileInput(): BriefingDocumentInput {
  const texts = [
    '# Heading?\n- list?\n1. list?\n---\n```',
    '<script>alert(1)</script> <!-- open comment',
    '[^2]: forged footnote definition',
    '| a | b |\n|---|---|',
    '    indented code? ** unclosed emphasis _',
    'A quote that ends as an image would start!',
  ];
  const source: SourceMeta = { id: 'src', title: '*Starred* [title]', outlet: '', author: '', published: '', url: '', language: 'en' };
  const quotes: BriefingDocumentInput['quotes'] = {};
  const items: Briefing['items'] = texts.map((text, i) => {
    const paragraph: Paragraph = { id: `src:p${i + 1}`, sourceId: 'src', n: i + 1, text, hash: 'h', kind: 'body' };
    quotes[`q${i}`] = { paragraph, source };
    return { id: `q${i}`, type: 'quote', paragraphId: paragraph.id, hash: 'h', comment: '' };
  });
  const briefing: Briefing = { id: 'b', title: '# Not <b>bold</b> ##', author: '', style: 'chicago', createdAt: '', updatedAt: '', items };
  return { briefing, quotes, styleId: 'chicago', citations };
}

test('corpus text cannot break the structure: each quote stays one blockquote with its exact text', () => {
  const input = hostileInput();
  const md = renderMarkdown(buildBriefingDocument(input));
  const tokens = new Marked({ gfm: true }).lexer(md).filter((t) => t.type !== 'space');
  assert.deepEqual(
    tokens.map((t) => t.type),
    ['heading', 'blockquote', 'blockquote', 'blockquote', 'blockquote', 'blockquote', 'blockquote', 'paragraph', 'heading', 'paragraph'],
  );
  assert.ok(md.includes('> A quote that ends as an image would start\\![^6]\n'));
  const html = new Marked({ gfm: true, async: false }).parse(md) as string;
  assert.ok(html.startsWith(`<h1>${escapeHtml('# Not <b>bold</b> ##')}</h1>`), html);
  Object.values(input.quotes).forEach(({ paragraph }, i) => {
    const lines = paragraph.text.split('\n').map((l) => escapeHtml(l.trim()));
    // marked has no footnotes, so the reference shows as text: it must still end the quote.
    assert.ok(html.includes(`<blockquote>\n<p>${lines.join('\n')}[^${i + 1}]</p>\n</blockquote>`), paragraph.text);
  });
});

test('citation runs become markdown emphasis with spaces outside the markers', () => {
  assert.equal(
    runsToMarkdown([{ text: 'Alemdar, ' }, { text: ' TRT World ', italic: true }, { text: ', ' }, { text: 'bold*', bold: true, italic: true }]),
    'Alemdar,  *TRT World* , ***bold\\****',
  );
});

async function corroboratedMarkdown(alsoReported: boolean, agreement: boolean): Promise<string> {
  const { briefing, quotes } = await loadCorroborationBriefing();
  const corpus = await loadCorpus(BUNDLED_CORPUS_DIR);
  const c = createCorroboration({ corpus, cacheDir: null });
  await c.open();
  const data = await corroborationForExport(c, quotes, {
    paragraph: (id) => corpus.getParagraph(id),
    sourceRef: (id) => {
      const m = corpus.getSource(id)?.meta;
      return { id, title: m?.title ?? '', outlet: m?.outlet ?? '', published: m?.published ?? '' };
    },
  });
  return renderMarkdown(buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations, corroboration: { data, alsoReported, agreement } }));
}

test('with "Also reported by" and "Source agreement": matches render-markdown.corroboration.golden.md', async () => {
  const md = await corroboratedMarkdown(true, true);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath('corroboration'), md);
  assert.equal(md, readFileSync(goldenPath('corroboration'), 'utf8'));
  assert.equal(await corroboratedMarkdown(true, true), md, 'deterministic');
  assert.match(md, /^\[\^2\]: .*para\. 10\. Also reported by: .*“India desperate to get S-400, what is Russia saying\?” \(April 6, 2021\), ¶¶\u00a04, 7/m);
  assert.match(md, /\| “India desperate to get S-400, what is Russia saying\?” \(April 6, 2021\) \| 4 \| .*\*\*next year\*\*/);
  assert.match(md, /settlement in \*\*Afghanistan\*\*[\s\S]*settlement in \*\*Pakistan\*\*/);
  // A quote no other source reports gets no "Also reported by".
  assert.match(md, /^\[\^5\]: [^\n]*para\. 9\.$/m);
  // The tables parse as GFM tables, one per discrepancy.
  const tables = new Marked({ gfm: true }).lexer(md).filter((t) => t.type === 'table');
  assert.equal(tables.length, md.split('| --- | --- | --- |').length - 1);
});

test('each option alone adds only its own part; both off is the plain export', async () => {
  const off = await corroboratedMarkdown(false, false);
  const { briefing, quotes } = await loadCorroborationBriefing();
  assert.equal(off, renderMarkdown(buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations })));
  const also = await corroboratedMarkdown(true, false);
  assert.match(also, /Also reported by/);
  assert.doesNotMatch(also, /\n## Source agreement\n/);
  const agreement = await corroboratedMarkdown(false, true);
  assert.doesNotMatch(agreement, /Also reported by/);
  assert.match(agreement, /\n## Source agreement\n/);
});
