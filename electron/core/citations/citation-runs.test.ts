import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCiteprocHtml, runsToText } from './citation-runs';

test('italic, bold and small caps become marks on runs', () => {
  assert.deepEqual(parseCiteprocHtml('Alemdar, <i>TRT World</i>, <b>2021</b>, <span style="font-variant:small-caps;">ad</span>.'), [
    { text: 'Alemdar, ' },
    { text: 'TRT World', italic: true },
    { text: ', ' },
    { text: '2021', bold: true },
    { text: ', ' },
    { text: 'ad', smallCaps: true },
    { text: '.' },
  ]);
});

test('citeproc flip-flops italics inside italics with font-style:normal', () => {
  assert.deepEqual(parseCiteprocHtml('<i>Review of <span style="font-style:normal;">Ulysses</span></i>'), [
    { text: 'Review of ', italic: true },
    { text: 'Ulysses' },
  ]);
});

test('character references are decoded and markup characters in data stay text', () => {
  const runs = parseCiteprocHtml('&#60;script&#62;alert(1)&#60;/script&#62; &#38; “Title,”');
  assert.deepEqual(runs, [{ text: '<script>alert(1)</script> & “Title,”' }]);
});

test('tags citeproc never emits are dropped, their text kept', () => {
  assert.deepEqual(parseCiteprocHtml('<a href="https://x.test">https://x.test</a> <img src=x onerror=alert(1)>ok'), [
    { text: 'https://x.test ok' },
  ]);
});

test('bibliography blocks and layout whitespace collapse to single spaces', () => {
  const html = '  <div class="csl-entry">\n    <div class="csl-left-margin">1. </div><div class="csl-right-inline">Doe, <i>Title</i>.</div>\n  </div>\n';
  const runs = parseCiteprocHtml(html);
  assert.equal(runsToText(runs), '1. Doe, Title.');
  assert.deepEqual(runs[1], { text: 'Title', italic: true });
});

test('empty output gives no runs', () => {
  assert.deepEqual(parseCiteprocHtml(''), []);
  assert.deepEqual(parseCiteprocHtml('<div class="csl-entry"> </div>'), []);
});
