// resources/styles/dossier-chicago-notes.csl against the Chicago rules (CMOS 17, chapter 14) for
// newspaper and web articles, with and without each detail, and for shortened notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceMeta } from '../../shared/types';
import { createCitationEngine } from './citation-engine';

const engine = createCitationEngine();

const article: SourceMeta = {
  id: 'alemdar',
  title: 'Russia in talks to manufacture military equipment in India',
  outlet: 'TRT World',
  author: 'Melis Alemdar',
  published: '2021-04-06',
  url: 'https://www.trtworld.com/asia/russia-in-talks-45367',
  language: 'en',
};
const without = (...keys: (keyof Omit<SourceMeta, 'id'>)[]): SourceMeta =>
  ({ ...article, ...Object.fromEntries(keys.map((k) => [k, ''])) }) as SourceMeta;

const note = (s: SourceMeta, n = 7) => engine.cite(s, n, 'chicago');
const bibliography = (s: SourceMeta) => {
  const entry = engine.formatCitations({ styleId: 'chicago', sources: [s], notes: [{ sourceId: s.id, paragraphN: 1 }] })
    .bibliography[0];
  assert.ok(entry);
  return entry;
};

test('signed article with every detail: full note and bibliography entry', () => {
  assert.equal(
    note(article),
    'Melis Alemdar, “Russia in Talks to Manufacture Military Equipment in India,” TRT World, April 6, 2021, para. 7, https://www.trtworld.com/asia/russia-in-talks-45367.',
  );
  assert.equal(
    bibliography(article).text,
    'Alemdar, Melis. “Russia in Talks to Manufacture Military Equipment in India.” TRT World, April 6, 2021. https://www.trtworld.com/asia/russia-in-talks-45367.',
  );
});

test('the name of the newspaper is italic, in notes and in the bibliography', () => {
  const full = engine.formatCitations({ styleId: 'chicago', sources: [article], notes: [{ sourceId: article.id, paragraphN: 7 }] });
  for (const runs of [full.notes[0]?.runs, full.bibliography[0]?.runs]) {
    assert.deepEqual(
      runs?.filter((r) => r.italic),
      [{ text: 'TRT World', italic: true }],
    );
  }
});

test('without outlet or URL (the bundled corpus case)', () => {
  const s = without('outlet', 'url');
  assert.equal(note(s), 'Melis Alemdar, “Russia in Talks to Manufacture Military Equipment in India,” April 6, 2021, para. 7.');
  assert.equal(bibliography(s).text, 'Alemdar, Melis. “Russia in Talks to Manufacture Military Equipment in India.” April 6, 2021.');
});

test('unsigned article: the note starts with the title; the bibliography lists it under the paper', () => {
  const s = without('author');
  assert.equal(
    note(s),
    '“Russia in Talks to Manufacture Military Equipment in India,” TRT World, April 6, 2021, para. 7, https://www.trtworld.com/asia/russia-in-talks-45367.',
  );
  assert.equal(
    bibliography(s).text,
    'TRT World. “Russia in Talks to Manufacture Military Equipment in India.” April 6, 2021. https://www.trtworld.com/asia/russia-in-talks-45367.',
  );
});

test('unsigned article without outlet is listed under its title', () => {
  const s = without('author', 'outlet', 'url');
  assert.equal(note(s), '“Russia in Talks to Manufacture Military Equipment in India,” April 6, 2021, para. 7.');
  assert.equal(bibliography(s).text, '“Russia in Talks to Manufacture Military Equipment in India.” April 6, 2021.');
});

test('undated article: "n.d." stands in for the date', () => {
  const s = without('published', 'url');
  assert.equal(note(s), 'Melis Alemdar, “Russia in Talks to Manufacture Military Equipment in India,” TRT World, n.d., para. 7.');
  assert.equal(bibliography(s).text, 'Alemdar, Melis. “Russia in Talks to Manufacture Military Equipment in India.” TRT World, n.d.');
});

test('untitled article is described, not quoted', () => {
  const s = without('title', 'url');
  assert.equal(note(s), 'Melis Alemdar, Untitled article, TRT World, April 6, 2021, para. 7.');
  assert.equal(bibliography(s).text, 'Alemdar, Melis. Untitled article. TRT World, April 6, 2021.');
});

test('a source with nothing known still reads as a citation', () => {
  const s = without('title', 'outlet', 'author', 'published', 'url');
  assert.equal(note(s), 'Untitled article, n.d., para. 7.');
  assert.equal(bibliography(s).text, 'Untitled article. n.d.');
});

test('two and four authors: "and" between two; the first and "et al." for four or more in notes', () => {
  assert.match(note({ ...article, author: 'Jane Doe and John Smith' }), /^Jane Doe and John Smith, “/);
  assert.match(bibliography({ ...article, author: 'Jane Doe and John Smith' }).text, /^Doe, Jane, and John Smith\. “/);
  assert.match(note({ ...article, author: 'Ann Able; Bo Baker; Cy Cole; Di Dunn' }), /^Ann Able et al\., “/);
});

test('an organisation as author is not inverted', () => {
  assert.match(bibliography({ ...article, author: 'Reuters' }).text, /^Reuters\. “/);
});

test('a title ending in a question mark keeps the comma after it (CMOS 17) and takes no period', () => {
  const s: SourceMeta = { ...without('url', 'outlet'), title: 'India desperate to get S-400, what is Russia saying?' };
  assert.equal(note(s), 'Melis Alemdar, “India Desperate to Get S-400, What Is Russia Saying?,” April 6, 2021, para. 7.');
  assert.equal(bibliography(s).text, 'Alemdar, Melis. “India Desperate to Get S-400, What Is Russia Saying?” April 6, 2021.');
});

test('quotation marks inside a title become single quotes', () => {
  const s: SourceMeta = { ...without('url', 'outlet'), title: 'Moscow eyes arms unit under "Make in India"' };
  assert.equal(note(s), 'Melis Alemdar, “Moscow Eyes Arms Unit under ‘Make in India,’” April 6, 2021, para. 7.');
});

test('later notes on a source use the short form: surname, short title, paragraph', () => {
  const unsigned = { ...without('author'), id: 'unsigned' };
  const r = engine.formatCitations({
    styleId: 'chicago',
    sources: [article, unsigned],
    notes: [
      { sourceId: 'alemdar', paragraphN: 7 },
      { sourceId: 'alemdar', paragraphN: 9 },
      { sourceId: 'unsigned', paragraphN: 2 },
      { sourceId: 'alemdar', paragraphN: 9 },
      { sourceId: 'unsigned', paragraphN: 4 },
    ],
  });
  assert.deepEqual(
    r.notes.map((n) => n.text),
    [
      'Melis Alemdar, “Russia in Talks to Manufacture Military Equipment in India,” TRT World, April 6, 2021, para. 7, https://www.trtworld.com/asia/russia-in-talks-45367.',
      'Alemdar, “Russia in Talks,” para. 9.',
      '“Russia in Talks to Manufacture Military Equipment in India,” TRT World, April 6, 2021, para. 2, https://www.trtworld.com/asia/russia-in-talks-45367.',
      'Alemdar, “Russia in Talks,” para. 9.',
      '“Russia in Talks,” para. 4.',
    ],
  );
});

test('the bibliography is alphabetical by its first element: author, else paper, else title', () => {
  const sources: SourceMeta[] = [
    { ...article, id: 'z', author: 'Zed Young' },
    { ...article, id: 'paper', author: '', outlet: 'Hindustan Times' },
    { ...article, id: 'title', author: '', outlet: '', title: 'Delhi talks end' },
    { ...article, id: 'a', author: 'Ann Able' },
    { ...article, id: 'untitled', author: '', outlet: '', title: '' },
  ];
  const r = engine.formatCitations({
    styleId: 'chicago',
    sources,
    notes: sources.map((s) => ({ sourceId: s.id, paragraphN: 1 })),
  });
  assert.deepEqual(
    r.bibliography.map((b) => b.sourceId),
    ['a', 'title', 'paper', 'untitled', 'z'],
  );
});
