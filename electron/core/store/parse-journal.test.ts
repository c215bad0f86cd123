import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatJournalLine, parseJournal } from './parse-journal';

const line = (seq: number, ops: unknown[] = [{ n: seq }]) => formatJournalLine(seq, JSON.stringify(ops));
const buf = (...parts: (string | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

test('reads every complete line', () => {
  const text = line(1) + line(2, [{ a: 1 }, { b: 2 }]);
  const p = parseJournal(buf(text));
  assert.deepEqual(p.entries, [
    { seq: 1, ops: [{ n: 1 }] },
    { seq: 2, ops: [{ a: 1 }, { b: 2 }] },
  ]);
  assert.equal(p.goodBytes, Buffer.byteLength(text));
  assert.equal(p.tornTail, undefined);
  assert.equal(p.damaged, undefined);
});

test('an empty journal has no entries', () => {
  assert.deepEqual(parseJournal(Buffer.alloc(0)), { entries: [], goodBytes: 0 });
});

test('a last line without its newline is a torn tail, even when its JSON is whole', () => {
  const good = line(1);
  for (const tail of ['{"seq":2,"ops":[{"n"', '{"seq":2,"ops":[]}']) {
    const p = parseJournal(buf(good, tail));
    assert.equal(p.entries.length, 1);
    assert.equal(p.goodBytes, good.length);
    assert.equal(p.tornTail?.bytes, tail.length);
  }
});

test('an unreadable last line (NUL bytes from a crash) is a torn tail', () => {
  const good = line(1) + line(2);
  const p = parseJournal(buf(good, Buffer.alloc(20), '\n'));
  assert.equal(p.entries.length, 2);
  assert.equal(p.goodBytes, good.length);
  assert.match(p.tornTail?.reason ?? '', /NUL/);
});

test('a damaged line with lines after it is damage, not a torn tail', () => {
  const p = parseJournal(buf(line(1), 'garbage\n', line(3)));
  assert.deepEqual(p.entries.map((e) => e.seq), [1]);
  assert.equal(p.damaged?.line, 2);
  assert.equal(p.tornTail, undefined);
});

test('seq numbers must follow each other', () => {
  const p = parseJournal(buf(line(4), line(6), line(7)));
  assert.deepEqual(p.entries.map((e) => e.seq), [4]);
  assert.match(p.damaged?.reason ?? '', /seq 6 does not follow 4/);
});

test('a line that is JSON but not an entry is refused', () => {
  const p = parseJournal(buf(line(1), '{"seq":"2","ops":[]}\n', line(3)));
  assert.match(p.damaged?.reason ?? '', /not a \{seq, ops\} entry/);
});
