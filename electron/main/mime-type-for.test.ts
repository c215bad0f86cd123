import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mimeTypeFor } from './mime-type-for';

test('types for what a Vite build emits', () => {
  assert.equal(mimeTypeFor('/r/index.html'), 'text/html; charset=utf-8');
  assert.equal(mimeTypeFor('/r/assets/index-1a2b.js'), 'text/javascript; charset=utf-8');
  assert.equal(mimeTypeFor('/r/assets/index-1a2b.css'), 'text/css; charset=utf-8');
  assert.equal(mimeTypeFor('/r/assets/logo.SVG'), 'image/svg+xml');
  assert.equal(mimeTypeFor('/r/assets/font.woff2'), 'font/woff2');
  assert.equal(mimeTypeFor('/r/icon.png'), 'image/png');
});

test('unknown or missing extensions are opaque bytes, never sniffed into HTML', () => {
  assert.equal(mimeTypeFor('/r/data.bin'), 'application/octet-stream');
  assert.equal(mimeTypeFor('/r/README'), 'application/octet-stream');
});
