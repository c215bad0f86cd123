import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickedFile, styleFileDialogOptions } from './style-file-dialog-options';

test('asks for one file, .csl first, starting in the given folder', () => {
  const o = styleFileDialogOptions('/home/ana/Downloads');
  assert.equal(o.defaultPath, '/home/ana/Downloads');
  assert.deepEqual(o.filters?.[0], { name: 'CSL citation styles', extensions: ['csl'] });
  assert.deepEqual(o.properties, ['openFile']);
});

test('a cancelled or empty result picks nothing', () => {
  assert.equal(pickedFile({ canceled: true, filePaths: ['/x.csl'] }), null);
  assert.equal(pickedFile({ canceled: false, filePaths: [] }), null);
  assert.equal(pickedFile({ canceled: false, filePaths: ['/a.csl', '/b.csl'] }), '/a.csl');
});
