import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatJournalLine, parseJournal } from './parse-journal';
import { planReplay } from './plan-replay';

const journal = (...seqs: number[]) => parseJournal(Buffer.from(seqs.map((s) => formatJournalLine(s, `[${s}]`)).join('')));

test('replays only the lines after the snapshot', () => {
  const plan = planReplay(journal(3, 4, 5, 6), 4);
  assert.deepEqual(plan.replay.map((e) => e.seq), [5, 6]);
  assert.equal(plan.lastSeq, 6);
  assert.equal(plan.asideReason, undefined);
});

test('a journal already folded into the snapshot replays nothing', () => {
  const plan = planReplay(journal(1, 2), 2);
  assert.deepEqual(plan.replay, []);
  assert.equal(plan.lastSeq, 2);
  assert.deepEqual(planReplay(journal(), 9), { replay: [], lastSeq: 9 });
});

test('a gap after the snapshot means the journal belongs elsewhere: nothing is replayed', () => {
  const plan = planReplay(journal(8, 9), 5);
  assert.deepEqual(plan.replay, []);
  assert.equal(plan.lastSeq, 9);
  assert.match(plan.asideReason ?? '', /seq 8.*seq 5/);
});

test('a damaged journal replays the lines before the damage and asks to keep the file aside', () => {
  const parsed = parseJournal(Buffer.from(`${formatJournalLine(1, '[1]')}oops\n${formatJournalLine(3, '[3]')}`));
  const plan = planReplay(parsed, 0);
  assert.deepEqual(plan.replay.map((e) => e.seq), [1]);
  assert.match(plan.asideReason ?? '', /line 2 is damaged/);
});
