import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import type { Paragraph } from '../../shared/types';
import { buildIndex } from './build-index';
import { INDEX_DIR, INDEX_FORMAT, loadIndex, removeLeftovers, saveIndex } from './index-cache';
import type { TermIndex } from './term-index';

const pause = () => Promise.resolve();
const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

const paragraphs = (texts: string[]): Paragraph[] =>
  texts.map((text, i) => ({ id: `s:p${i + 1}`, sourceId: 's', n: i + 1, text, hash: '', kind: 'body' }));

async function save(cacheDir: string, fingerprint: string, texts: string[]) {
  await saveIndex(cacheDir, fingerprint, await buildIndex(() => paragraphs(texts), { pause }), pause);
}

const docs = (t: TermIndex, term: string) => t.postings(term).flatMap((x) => x ?? []).sort();

/** Replaces a file of the saved index and fixes its checksum, so only the content checks can object. */
function rewrite(dir: string, name: string, content: string | Buffer) {
  writeFileSync(join(dir, name), content);
  const metaPath = join(dir, 'meta.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  const buf = readFileSync(join(dir, name));
  meta.files[name] = { bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
  writeFileSync(metaPath, JSON.stringify(meta));
}

test('a saved index loads back: table, postings, vocabulary and token store', async () => {
  const dir = tempDir();
  await save(dir, 'fp1', ['Lavrov met Jaishankar', 'Lavrentiy Beria', 'Delhi']);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  assert.deepEqual(readdirSync(join(dir, INDEX_DIR)).sort(), ['meta.json', 'paragraphs.json', 'postings.bin', 'tokens.bin', 'vocabulary.tsv']);
  const r = await loadIndex(dir, 'fp1', pause);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.table.paragraphId(2), 's:p3');
  assert.deepEqual(docs(r.terms, 'lavrov'), [0]);
  assert.deepEqual(r.vocabulary.expand('lavr', 10).map((id) => r.vocabulary.term(id)).sort(), ['lavrentiy', 'lavrov']);
  assert.deepEqual(Array.from(r.tokens.tokens(1), (id) => r.vocabulary.term(id)), ['lavrentiy', 'beria']);
});

test('no cache, another fingerprint or another format version: not loaded, with the reason', async () => {
  const dir = tempDir();
  assert.deepEqual(await loadIndex(dir, 'fp', pause), { ok: false, reason: 'no saved index' });
  await save(dir, 'fp1', ['a b']);
  const other = await loadIndex(dir, 'fp2', pause);
  assert.match(other.ok ? '' : other.reason, /corpus changed/);

  const metaPath = join(dir, INDEX_DIR, 'meta.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { format: number };
  writeFileSync(metaPath, JSON.stringify({ ...meta, format: INDEX_FORMAT + 1 }));
  const bumped = await loadIndex(dir, 'fp1', pause);
  assert.match(bumped.ok ? '' : bumped.reason, /format/);
});

test('any damage is reported as such, never thrown', async () => {
  const damage: [string, (dir: string) => void][] = [
    ['truncated postings', (d) => writeFileSync(join(d, 'postings.bin'), readFileSync(join(d, 'postings.bin')).subarray(0, 12))],
    ['flipped byte', (d) => writeFileSync(join(d, 'tokens.bin'), Buffer.from(readFileSync(join(d, 'tokens.bin')).map((b, i) => (i === 20 ? b ^ 1 : b))))],
    ['garbage meta', (d) => writeFileSync(join(d, 'meta.json'), '{"format": 1, "fing')],
    ['null meta', (d) => writeFileSync(join(d, 'meta.json'), 'null')],
    ['empty table', (d) => writeFileSync(join(d, 'paragraphs.json'), '')],
    ['postings cut short', (d) => rewrite(d, 'postings.bin', readFileSync(join(d, 'postings.bin')).subarray(0, 16))],
    ['postings not a whole number of words', (d) => rewrite(d, 'postings.bin', Buffer.concat([readFileSync(join(d, 'postings.bin')), Buffer.from([0])]))],
    ['unsorted vocabulary', (d) => rewrite(d, 'vocabulary.tsv', 'b\t1\na\t1\nc\t1\nd\t1\n')],
    ['vocabulary of another size', (d) => rewrite(d, 'vocabulary.tsv', 'a\t1\n')],
    ['token store of another size', (d) => rewrite(d, 'tokens.bin', readFileSync(join(d, 'tokens.bin')).subarray(0, 16))],
    [
      'token store naming an unknown term',
      (d) => {
        const buf = readFileSync(join(d, 'tokens.bin'));
        buf.writeUInt32LE(1000, buf.length - 4);
        rewrite(d, 'tokens.bin', buf);
      },
    ],
  ];
  for (const [name, hurt] of damage) {
    const dir = tempDir();
    await save(dir, 'fp', ['Lavrov met', 'Delhi']);
    hurt(join(dir, INDEX_DIR));
    const r = await loadIndex(dir, 'fp', pause);
    assert.equal(r.ok, false, name);
    assert.match(r.ok ? '' : r.reason, /damaged/, name);
  }
});

test('a new save replaces the old index whole; leftovers of a crash are removed', async () => {
  const dir = tempDir();
  await save(dir, 'old', ['old words']);
  await save(dir, 'new', ['new words']);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  const r = await loadIndex(dir, 'new', pause);
  assert.ok(r.ok && docs(r.terms, 'new').length === 1);

  mkdirSync(join(dir, `${INDEX_DIR}.tmp-1-abcd`));
  mkdirSync(join(dir, `${INDEX_DIR}.old-1-abcd`));
  writeFileSync(join(dir, 'unrelated.txt'), 'x');
  await removeLeftovers(dir);
  assert.deepEqual(readdirSync(dir).sort(), [INDEX_DIR, 'unrelated.txt']);
});

test('a save stopped half way leaves the previous index and no temp files', async () => {
  const dir = tempDir();
  await save(dir, 'kept', ['kept']);
  const index = await buildIndex(() => paragraphs(['replacement text']), { pause });
  const stop = () => Promise.reject(new Error('closing'));
  await assert.rejects(saveIndex(dir, 'new', index, stop), /closing/);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  assert.ok((await loadIndex(dir, 'kept', pause)).ok);
});
