import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeMachine, formatResults } from './results-file';

test('the results file carries the date, the machine, every line and the misses', () => {
  const lines = ['# dossier bench: 10 articles', 'search.p95 2 ms (rg 90 ms, 45× faster) PASS [target ≥ 20×]', 'tag.p95 12 ms (no baseline) FAIL [target < 10 ms]', '# 1 PASS, 1 FAIL'];
  const md = formatResults({ date: new Date('2026-12-01T10:00:00Z'), lines, command: 'npm run bench -- --write' }, '2 x CPU');
  assert.match(md, /on 2026-12-01/);
  assert.match(md, /Machine: 2 x CPU\./);
  for (const l of lines) assert.ok(md.includes(`${l}\n`), l);
  assert.match(md, /Missed in this run \(1\):\n\n- `tag\.p95 12 ms/);
  assert.match(formatResults({ date: new Date(), lines: lines.slice(0, 2), command: 'x' }), /Every target was met/);
});

test('the machine is described by its CPUs, memory, OS and Node', () => {
  assert.match(describeMachine(), /^\d+ x .+, \d+ GiB RAM .+Node v\d+/);
});
