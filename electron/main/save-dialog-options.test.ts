import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { saveDialogOptions, withExtension } from './save-dialog-options';

test('opens in the given folder with the suggested name and one filter for the format', () => {
  const folder = path.resolve('/home/ana/Briefings');
  const o = saveDialogOptions('energy-briefing.md', 'md', folder);
  assert.equal(o.defaultPath, path.join(folder, 'energy-briefing.md'));
  assert.deepEqual(o.filters, [{ name: 'Markdown', extensions: ['md'] }]);
  assert.ok(o.properties?.includes('showOverwriteConfirmation'));
  assert.equal(saveDialogOptions('energy-briefing', 'pdf', folder).defaultPath, path.join(folder, 'energy-briefing.pdf'));
});

test('a suggested name cannot point the dialog into another folder', () => {
  const folder = path.resolve('/home/ana');
  assert.equal(saveDialogOptions('../../etc/x.html', 'html', folder).defaultPath, path.join(folder, 'x.html'));
});

test('the chosen path always ends in the format extension', () => {
  assert.equal(withExtension('/tmp/notes', 'md'), '/tmp/notes.md');
  assert.equal(withExtension('/tmp/notes.MD', 'md'), '/tmp/notes.MD');
  assert.equal(withExtension('/tmp/notes.md', 'pdf'), '/tmp/notes.md.pdf');
  assert.equal(withExtension('/tmp/v1.2 notes.html', 'html'), '/tmp/v1.2 notes.html');
});
