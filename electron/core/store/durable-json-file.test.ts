import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Low } from 'lowdb';
import { UnreadableJsonError } from './decode-json-bytes';
import { DurableJsonFile } from './durable-json-file';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

test('lowdb Low reads and writes through the adapter', async () => {
  const path = join(freshDir(), 'db.json');
  const db = new Low(new DurableJsonFile<{ n: number[] }>(path), { n: [] });
  await db.update((d) => d.n.push(1));
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { n: [1] });
  const again = new Low(new DurableJsonFile<{ n: number[] }>(path), { n: [] });
  await again.read();
  assert.deepEqual(again.data, { n: [1] });
});

test('read returns null only when the file does not exist', async () => {
  const dir = freshDir();
  assert.equal(await new DurableJsonFile(join(dir, 'none.json')).read(), null);
  writeFileSync(join(dir, 'null.json'), 'null');
  await assert.rejects(new DurableJsonFile(join(dir, 'null.json')).read(), UnreadableJsonError);
  writeFileSync(join(dir, 'cut.json'), '{"a":');
  await assert.rejects(new DurableJsonFile(join(dir, 'cut.json')).read(), UnreadableJsonError);
});

test('write captures the data when called, even if it changes while the write is in flight', async () => {
  const dir = freshDir();
  const path = join(dir, 'db.json');
  const data = { items: ['a'] };
  const pending = new DurableJsonFile<typeof data>(path).write(data);
  data.items.push('b');
  await pending;
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { items: ['a'] });
  assert.deepEqual(readdirSync(dir), ['db.json']);
});
