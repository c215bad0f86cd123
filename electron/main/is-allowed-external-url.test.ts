import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowedExternalUrl } from './is-allowed-external-url';

test('http, https and mailto links may open outside the app', () => {
  for (const url of [
    'https://www.example.org/news/article?id=4#p2',
    'http://example.org/',
    'mailto:editor@example.org',
    'mailto:editor@example.org?subject=Briefing',
  ]) {
    assert.equal(isAllowedExternalUrl(url), true, url);
  }
});

test('everything else stays shut', () => {
  for (const url of [
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://dossier/index.html',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'https://user:pass@bank.example/',
    'https://bank.example@evil.example/',
    'mailto:',
    'https://',
    '//example.org/',
    'example.org',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ]) {
    assert.equal(isAllowedExternalUrl(url), false, url);
  }
});
