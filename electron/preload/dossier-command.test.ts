import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMAND_CHANNEL, DOSSIER_COMMANDS, isDossierCommand } from './dossier-command';

test('the six menu commands, and nothing else, are commands', () => {
  assert.equal(COMMAND_CHANNEL, 'dossier:command');
  assert.deepEqual([...DOSSIER_COMMANDS], ['new-briefing', 'export', 'find', 'toggle-theme', 'restore-backup', 'open-settings']);
  for (const c of DOSSIER_COMMANDS) assert.equal(isDossierCommand(c), true);
  for (const v of ['quit', '', 'NEW-BRIEFING', null, 3, { detail: 'find' }]) assert.equal(isDossierCommand(v), false);
});
