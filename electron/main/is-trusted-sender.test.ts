import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrustedSender } from './is-trusted-sender';

const ours = new Set([7]);
const main = { webContentsId: 7, isMainFrame: true, url: 'app://dossier/index.html#/sources' };

test('the top frame of our window on an app page is trusted', () => {
  assert.equal(isTrustedSender(main, ours), true);
});

test('anything else is refused', () => {
  assert.equal(isTrustedSender(null, ours), false, 'a disposed frame');
  assert.equal(isTrustedSender({ ...main, isMainFrame: false }, ours), false, 'a subframe');
  assert.equal(isTrustedSender({ ...main, webContentsId: 8 }, ours), false, 'another webContents, e.g. the print window');
  assert.equal(isTrustedSender(main, new Set()), false, 'a window that has closed');
  for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'data:text/html,x', 'about:blank', 'app://evil/index.html']) {
    assert.equal(isTrustedSender({ ...main, url }, ours), false, url);
  }
});
