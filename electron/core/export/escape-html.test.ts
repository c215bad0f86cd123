import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from './escape-html';

test('the five HTML-significant characters are escaped, everything else is kept', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  assert.equal(escapeHtml('“Curly” — ellipsis… \u00A0¶'), '“Curly” — ellipsis… \u00A0¶');
});
