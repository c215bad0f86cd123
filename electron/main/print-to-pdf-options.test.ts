import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NotebookError } from '../shared/result';
import { htmlToDataUrl, isPrintRequestAllowed, MAX_PRINT_HTML_BYTES, printToPdfOptions } from './print-to-pdf-options';

test('paper size, backgrounds and a page-number footer', () => {
  const a4 = printToPdfOptions({ paper: 'a4', title: 'Grid outlook' });
  assert.equal(a4.pageSize, 'A4');
  assert.equal(a4.printBackground, true);
  assert.equal(a4.displayHeaderFooter, true);
  assert.match(a4.footerTemplate ?? '', /class="pageNumber"/);
  assert.match(a4.footerTemplate ?? '', /class="totalPages"/);
  assert.match(a4.footerTemplate ?? '', /Grid outlook/);
  assert.equal(printToPdfOptions({ paper: 'letter', title: 'x' }).pageSize, 'Letter');
});

test('the title is escaped in the footer template', () => {
  const o = printToPdfOptions({ paper: 'a4', title: '<img src=x onerror=alert(1)> & "Q"' });
  assert.doesNotMatch(o.footerTemplate ?? '', /<img/);
  assert.match(o.footerTemplate ?? '', /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;Q&quot;/);
});

test('HTML becomes a base64 data URL that decodes back to the same UTF-8', () => {
  const html = '<!doctype html><p>Zürich — “quoted” ¶4</p>';
  const url = htmlToDataUrl(html);
  assert.match(url, /^data:text\/html;charset=utf-8;base64,/);
  assert.equal(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8'), html);
});

test('HTML too large for a data URL fails with a message naming the limit', () => {
  assert.throws(
    () => htmlToDataUrl('x'.repeat(MAX_PRINT_HTML_BYTES + 1)),
    (e: unknown) => e instanceof NotebookError && e.code === 'IO' && e.message.includes(String(MAX_PRINT_HTML_BYTES)),
  );
});

test('the print session allows data: URLs only', () => {
  assert.equal(isPrintRequestAllowed('data:text/html;base64,PHA+'), true);
  assert.equal(isPrintRequestAllowed('data:image/png;base64,iVBOR'), true);
  for (const url of ['https://example.org/track.png', 'http://127.0.0.1/', 'file:///etc/passwd', 'file:///etc/hostname', 'FILE:///etc/hostname', 'file://server/share/x', 'app://dossier/index.html', 'ws://x', 'blob:null/1', 'filesystem:file:///x', 'chrome://settings', ' data:text/html,x']) {
    assert.equal(isPrintRequestAllowed(url), false, url);
  }
});
