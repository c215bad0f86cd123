import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noticeMessageBox } from './notice-message-box';

test('no notices, no box', () => {
  assert.equal(noticeMessageBox([]), null);
});

test('a recovery is a warning that says where the bad file went and what was restored', () => {
  const box = noticeMessageBox([
    {
      kind: 'recovered-from-backup',
      message: 'notebook.json could not be read.',
      movedTo: '/data/notebook.json.corrupt-1',
      restoredFrom: '/data/backups/notebook-2024.json',
    },
    { kind: 'journal-torn-tail', message: 'The last change before a crash was incomplete and was skipped.' },
  ]);
  assert.equal(box?.type, 'warning');
  assert.match(box?.detail ?? '', /notebook\.json could not be read\.\nMoved aside: \/data\/notebook\.json\.corrupt-1\nRestored from: \/data\/backups\/notebook-2024\.json/);
  assert.match(box?.detail ?? '', /incomplete and was skipped/);
});

test('a lock take-over alone is information, not a warning', () => {
  assert.equal(noticeMessageBox([{ kind: 'lock-taken-over', message: 'A stale lock was taken over.' }])?.type, 'info');
});
