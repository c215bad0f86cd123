import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateNotebook } from './notebook-data';
import { SoakReplay, soakOps } from './notebook-soak-ops';

test('the soak steps tag, untag, edit a comment and rename, and every state passes the schema', () => {
  const replay = new SoakReplay();
  const kinds = new Set<string>();
  for (let k = 1; k <= 400; k++) {
    for (const op of soakOps(k - 1)) kinds.add(op.type);
    validateNotebook(replay.advanceTo(k));
  }
  assert.deepEqual([...kinds].sort(), ['briefing.create', 'briefing.update', 'item.insert', 'item.update', 'tag.create', 'tagging.add', 'tagging.remove']);
  const s = replay.state;
  assert.ok(s.taggings.length > 0 && s.taggings.length < 40, `taggings come and go (${s.taggings.length})`);
  assert.equal(s.briefings[0]?.title, 'Soak 396');
});

test('steps are deterministic: replaying twice gives the same state', () => {
  assert.deepEqual(new SoakReplay().advanceTo(123), new SoakReplay().advanceTo(123));
});
