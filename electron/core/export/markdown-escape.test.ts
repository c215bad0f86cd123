import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Marked } from 'marked';
import { escapeHtml } from './escape-html';
import { escapeInline, escapeLineStart, literalLine, literalLines } from './markdown-escape';

const marked = new Marked({ gfm: true, async: false });
const html = (md: string) => marked.parse(md) as string;

/** Characters that mean something to markdown, plus a few ordinary ones. */
const TRICKY = [...'ab1 #*_-+=.)>|~`[]()!<&;:\\^"\'\t\n/$%{}?,0'];
const trickyText = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 60 });

test('any text escaped with literalLines reads back as exactly that text inside a blockquote', () => {
  fc.assert(
    fc.property(trickyText, (text) => {
      const lines = text
        .split('\n')
        .map((l) => l.replace(/\t/g, ' ').trim())
        .filter(Boolean);
      fc.pre(lines.length > 0);
      const md = literalLines(text)
        .map((l) => `> ${l}`)
        .join('\n');
      assert.equal(html(md), `<blockquote>\n<p>${lines.map(escapeHtml).join('\n')}</p>\n</blockquote>\n`);
    }),
    { numRuns: 5000 },
  );
});

test('any text escaped with literalLine reads back as exactly that text in a heading', () => {
  fc.assert(
    fc.property(trickyText, (text) => {
      const expected = text.replace(/\s+/g, ' ').trim();
      fc.pre(expected.length > 0);
      assert.equal(html(`## ${literalLine(text)}`), `<h2>${escapeHtml(expected)}</h2>\n`);
    }),
    { numRuns: 5000 },
  );
});

test('corpus text cannot open blocks or inline constructs', () => {
  const hostile = ['# Not a heading', '- not a list', '1. not a list', '> not nested', '---', '```', '<script>alert(1)</script>', '[^1]: forged note', '[link](javascript:alert(1))', '| a | b |', 'Name\n:---', 'Title\n===', '&amp;'];
  for (const line of hostile) {
    const out = html(literalLines(line).join('\n'));
    assert.equal(out, `<p>${escapeHtml(line)}</p>\n`, line);
  }
});

test('escapes are minimal: ordinary prose is left readable', () => {
  assert.equal(escapeInline('Lavrov said, “It has its own plans…” on 6 April 2021.'), 'Lavrov said, “It has its own plans…” on 6 April 2021.');
  assert.equal(escapeLineStart('2021. A year'), '2021\\. A year');
  assert.equal(escapeLineStart('2021 was a year'), '2021 was a year');
  assert.deepEqual(literalLines('   '), ['']);
});
