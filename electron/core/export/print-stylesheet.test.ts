import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_MARGINS, printStylesheet } from './print-stylesheet';

test('the page size follows the paper, with the margins the PDF footer is drawn in', () => {
  const m = PAGE_MARGINS;
  assert.match(printStylesheet('a4'), new RegExp(`@page \\{ size: A4; margin: ${m.top} ${m.right} ${m.bottom} ${m.left}; \\}`));
  assert.match(printStylesheet('letter'), /@page \{ size: letter;/);
});

test('every font stack starts with fonts that cover the corpus and ends with a generic family', () => {
  const css = printStylesheet('a4');
  const stacks = [...css.matchAll(/font-family: ([^;]+);/g)].map((m) => m[1] ?? '');
  assert.ok(stacks.length >= 3);
  for (const stack of stacks) assert.match(stack, /^"(Noto Serif|Noto Sans|DejaVu Sans Mono)".*(serif|sans-serif|monospace)$/);
});
