import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { INDEX_DIR, INDEX_FORMAT, IndexWriter, loadIndex, removeLeftovers } from './index-cache';
import { ParagraphTable } from './paragraph-table';
import { checkChunk, TermIndex } from './term-index';

const pause = () => Promise.resolve();
const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

async function save(cacheDir: string, fingerprint: string, texts: string[]) {
  const table = new ParagraphTable();
  const terms = new TermIndex();
  texts.forEach((text, i) => terms.add(table.add(`s:p${i + 1}`, 's', i + 1), text));
  const w = await IndexWriter.create(cacheDir);
  let vocab = 0;
  await terms.export(async (key, json) => {
    vocab += checkChunk(key, JSON.parse(json), table.count).length;
    await w.writeChunk(key, json);
  });
  await w.commit(fingerprint, table, vocab);
}

const docs = (ids: ReturnType<TermIndex['postings']>) => ids.flatMap((x) => x ?? []).sort();

test('a committed index loads back: table, postings and vocabulary', async () => {
  const dir = tempDir();
  await save(dir, 'fp1', ['Lavrov met Jaishankar', 'Lavrentiy Beria', 'Delhi']);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  const r = await loadIndex(dir, 'fp1', pause);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.table.count, 3);
  assert.equal(r.table.paragraphId(2), 's:p3');
  assert.deepEqual(docs(r.terms.postings('lavrov')), [0]);
  assert.deepEqual(r.vocabulary.expand('lavr', 10).sort(), ['lavrentiy', 'lavrov']);
});

test('no cache, another fingerprint or another format version: not loaded, with the reason', async () => {
  const dir = tempDir();
  assert.deepEqual(await loadIndex(dir, 'fp', pause), { ok: false, reason: 'no saved index' });
  await save(dir, 'fp1', ['a b']);
  const other = await loadIndex(dir, 'fp2', pause);
  assert.equal(other.ok, false);
  assert.match(other.ok ? '' : other.reason, /corpus changed/);

  const metaPath = join(dir, INDEX_DIR, 'meta.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { format: number };
  writeFileSync(metaPath, JSON.stringify({ ...meta, format: INDEX_FORMAT + 1 }));
  const bumped = await loadIndex(dir, 'fp1', pause);
  assert.match(bumped.ok ? '' : bumped.reason, /format/);
});

test('any damage is reported, never thrown', async () => {
  const damage: [string, (dir: string) => void][] = [
    ['truncated terms', (d) => writeFileSync(join(d, 'terms.tsv'), readFileSync(join(d, 'terms.tsv')).subarray(0, 10))],
    ['garbage meta', (d) => writeFileSync(join(d, 'meta.json'), '{"format": 1, "fing')],
    ['empty meta', (d) => writeFileSync(join(d, 'meta.json'), 'null')],
    ['missing table', (d) => writeFileSync(join(d, 'paragraphs.json'), '')],
    [
      'consistent but wrong postings',
      (d) => {
        // Valid JSON with a matching checksum, pointing at a paragraph that does not exist.
        const metaPath = join(d, 'meta.json');
        const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
        const bad = '1.reg\t[0,1,99]\n';
        writeFileSync(join(d, 'terms.tsv'), bad);
        meta.files['terms.tsv'] = { bytes: Buffer.byteLength(bad), sha256: createHash('sha256').update(bad).digest('hex') };
        writeFileSync(metaPath, JSON.stringify(meta));
      },
    ],
  ];
  for (const [name, hurt] of damage) {
    const dir = tempDir();
    await save(dir, 'fp', ['Lavrov met Jaishankar', 'Delhi']);
    hurt(join(dir, INDEX_DIR));
    const r = await loadIndex(dir, 'fp', pause);
    assert.equal(r.ok, false, name);
    assert.match(r.ok ? '' : r.reason, /damaged/, name);
  }
});

test('a new commit replaces the old index whole; leftovers of a crash are removed', async () => {
  const dir = tempDir();
  await save(dir, 'old', ['old words']);
  await save(dir, 'new', ['new words']);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  const r = await loadIndex(dir, 'new', pause);
  assert.ok(r.ok && docs(r.terms.postings('new')).length === 1);

  mkdirSync(join(dir, `${INDEX_DIR}.tmp-1-abcd`));
  mkdirSync(join(dir, `${INDEX_DIR}.old-1-abcd`));
  writeFileSync(join(dir, 'unrelated.txt'), 'x');
  await removeLeftovers(dir);
  assert.deepEqual(readdirSync(dir).sort(), [INDEX_DIR, 'unrelated.txt']);
});

test('discard removes the unfinished index and leaves the current one', async () => {
  const dir = tempDir();
  await save(dir, 'fp', ['kept']);
  const w = await IndexWriter.create(dir);
  await w.writeChunk('1.reg', '[0]');
  await w.discard();
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  assert.ok(existsSync(join(dir, INDEX_DIR, 'meta.json')));
});
