import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './app-origin';

test('our own pages are app URLs', () => {
  assert.equal(APP_ORIGIN, 'app://dossier');
  assert.equal(isAppUrl(APP_ENTRY_URL), true);
  assert.equal(isAppUrl('app://dossier/index.html#/briefings/b1'), true);
});

test('look-alikes and other schemes are not', () => {
  for (const url of [
    'app://dossier.evil.example/index.html',
    'app://evil/index.html',
    'app://user:pw@dossier/index.html',
    'https://dossier/index.html',
    'file:///index.html',
    'about:blank',
    'data:text/html,hi',
    'not a url',
    '',
  ]) {
    assert.equal(isAppUrl(url), false, url);
  }
});
