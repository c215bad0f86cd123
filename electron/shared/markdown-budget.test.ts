import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Marked } from 'marked';
import { markdownOverBudget, plainTextHtml } from './markdown-budget';
import { LIMITS } from './schemas';

const marked = new Marked({ gfm: true, breaks: false, async: false });
const fill = (unit: string, length: number = LIMITS.markdown) => unit.repeat(Math.floor(length / unit.length));
const nestedList = (levels: number, indent = '  ') => Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- x`).join('\n');

/** Milliseconds marked takes, or Infinity when it throws (the stack overflows). */
function markedMs(markdown: string): number {
  const t = performance.now();
  try {
    marked.parse(markdown);
  } catch {
    return Infinity;
  }
  return performance.now() - t;
}

// Inputs that overflow marked's stack or are quadratic in it (markedjs/marked#1462, #937, #1460,
// #4099 and the shapes the same parsers' issues name), or in jsdom and DOMPurify (deep raw HTML).
// Each is at most the longest text block the contract allows.
const COSTLY: Record<string, string> = {
  'nested blockquotes (">" × n, marked#1462)': fill('>'),
  'nested blockquotes with spaces': fill('> '),
  'nested lists ("+ " × n)': fill('+ '),
  'blockquotes in lists': fill('> - '),
  'ordered lists in lists': fill('1. '),
  'a list nested by indentation': nestedList(440),
  'many 99-deep blockquotes': fill(`${'>'.repeat(99)} x\n\n`),
  'e-mail characters before "@" (marked#1460)': `${fill('a', LIMITS.markdown - 1)}@`,
  'dotted e-mail characters before "@"': `${fill('a.', LIMITS.markdown - 1)}@`,
  'a run of "!"': fill('!'),
  'underscores in one word': fill('_a'),
  'stars in one word': fill('*a'),
  'unmatched emphasis delimiters (**_* )': fill('**_* '),
  'nested strong emphasis': `${fill('**', LIMITS.markdown / 2 - 1)}x${fill('**', LIMITS.markdown / 2 - 1)}`,
  'deep raw HTML (<div> × n)': fill('<div>'),
  'deep raw HTML (<b> × n)': fill('<b>'),
  'many 99-deep raw HTML trees': fill(`${'<div>'.repeat(99)}${'</div>'.repeat(99)}`),
};

test('every known costly input is caught, by a linear scan', () => {
  for (const [name, md] of Object.entries(COSTLY)) {
    assert.ok(md.length <= LIMITS.markdown, name);
    const t = performance.now();
    const why = markdownOverBudget(md);
    const ms = performance.now() - t;
    assert.ok(why, `${name} is over budget`);
    assert.ok(ms < 250, `${name}: the check took ${Math.round(ms)} ms`);
  }
});

test('the inputs caught are really costly for marked, and the same shapes under budget are not', () => {
  // Bounded sizes, so this test stays quick: each is over budget, and already slow or fatal.
  assert.equal(markedMs('>'.repeat(3_000)), Infinity, '">" × 3,000 overflows the stack');
  assert.equal(markedMs('+ '.repeat(3_000)), Infinity, '"+ " × 3,000 overflows the stack');
  // Four times the input, well over four times the time (quadratic would be sixteen). Each is the
  // fastest of three runs after a warm-up: a pause (GC, another process) only ever adds time, so
  // one unlucky run of the small input cannot hide the growth.
  const fastest = (md: string): number => Math.min(...[0, 1, 2].map(() => markedMs(md)));
  markedMs('**_* '.repeat(500));
  markedMs(`${'a'.repeat(5_000)}@`);
  assert.ok(fastest('**_* '.repeat(2_000)) > 5 * fastest('**_* '.repeat(500)), 'delimiters cost more than linear time');
  assert.ok(fastest(`${'a'.repeat(20_000)}@`) > 6 * fastest(`${'a'.repeat(5_000)}@`), 'e-mail runs cost more than linear time');
  for (const md of ['>'.repeat(3_000), '+ '.repeat(3_000), '**_* '.repeat(2_000), `${'a'.repeat(20_000)}@`]) {
    assert.ok(markdownOverBudget(md), md.slice(0, 20));
  }
  // Just under each budget: allowed, and quick.
  for (const md of [`${'>'.repeat(99)} x`, nestedList(50), `${'!'.repeat(2_999)} x`, '**_* '.repeat(400), `${'<div>'.repeat(99)}x`]) {
    assert.equal(markdownOverBudget(md), null, md.slice(0, 20));
    assert.ok(markedMs(md) < 1_000, md.slice(0, 20));
  }
});

test('what analysts write is parsed as markdown: notes, tables, code, links, embedded images, long texts', () => {
  const corpusDir = join(import.meta.dirname, '..', '..', 'resources', 'corpus');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    .join('\n\n');
  const pixel = `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='.repeat(1_500)}`;
  const note = [
    '## Lavrov in Delhi',
    'The **S-400** delivery is *on schedule*, said ~~officials~~ the ministry; see [NDTV](https://www.ndtv.com/world-news/a_b_c?x=1&y=2) and <mailto:desk@example.org>.',
    '> Quoted\n> > and quoted again\n\n- one\n  - two\n    - three\n      1. four',
    '| a | b |\n|---|---|\n| **1** | _2_ |',
    '```ts\nfunction snake_case_name(a_b: number) {\n    return a_b * 2; // **not** emphasis\n}\n```',
    `![chart](${pixel})`,
    '<b>raw</b> <i>html</i> <br> <img src="x">',
  ].join('\n\n');
  for (const [name, md] of Object.entries({ corpus, note, 'a long note': fill(`${note}\n\n`, LIMITS.markdown) })) {
    assert.equal(markdownOverBudget(md), null, name);
  }
});

test('the plain-text fallback is the text itself, escaped, in paragraphs', () => {
  assert.equal(plainTextHtml('a <b>\n"c" & \'d\'\n\n\n> e'), '<p>a &lt;b&gt;<br>&quot;c&quot; &amp; &#39;d&#39;</p>\n<p>&gt; e</p>');
  assert.equal(plainTextHtml(''), '');
  const hostile = `${'>'.repeat(200)}<img src=x onerror=alert(1)><script>alert(2)</script>`;
  assert.doesNotMatch(plainTextHtml(hostile), /<(?!p>|\/p>|br>)/);
});
