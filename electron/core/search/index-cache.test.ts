import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import type { Paragraph } from '../../shared/types';
import { buildIndex } from './build-index';
import { CheckedFileWriter } from './checked-file';
import { INDEX_DIR, INDEX_FILE, INDEX_FORMAT, type LoadedIndex, loadIndex, removeLeftovers, saveIndex } from './index-cache';
import { readSections, type Section, writeSections } from './index-file';

const pause = () => Promise.resolve();
const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-'));

const paragraphs = (texts: string[]): Paragraph[] =>
  texts.map((text, i) => ({ id: `s:p${i + 1}`, sourceId: 's', n: i + 1, text, hash: '', kind: 'body' }));

async function save(cacheDir: string, fingerprint: string, texts: string[]) {
  await saveIndex(cacheDir, fingerprint, await buildIndex(() => paragraphs(texts), { pause }), pause);
}

const docs = (index: LoadedIndex, term: string) => {
  const t = index.vocabulary.id(term);
  return t < 0 ? [] : Array.from(index.postings.docs.subarray(index.postings.starts[t], index.postings.starts[t + 1]));
};

/** Rewrites the index file with changed sections and fixes its checksum, so only the content checks can object. */
async function rewrite(dir: string, change: (sections: Map<string, Section>) => void) {
  const sections = readSections(readFileSync(join(dir, INDEX_FILE)));
  change(sections);
  const w = await CheckedFileWriter.create(join(dir, 'new.bin'));
  await writeSections(w, [...sections]);
  const check = await w.close();
  writeFileSync(join(dir, INDEX_FILE), readFileSync(join(dir, 'new.bin')));
  const metaPath = join(dir, 'meta.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  meta.files[INDEX_FILE] = check;
  assert.equal(check.sha256, createHash('sha256').update(readFileSync(join(dir, INDEX_FILE))).digest('hex'));
  writeFileSync(metaPath, JSON.stringify(meta));
}

test('a saved index loads back: table, postings, vocabulary and token store', async () => {
  const dir = tempDir();
  await save(dir, 'fp1', ['Lavrov met Jaishankar', 'Lavrentiy Beria', 'Delhi']);
  assert.deepEqual(readdirSync(dir), [INDEX_DIR]);
  assert.deepEqual(readdirSync(join(dir, INDEX_DIR)).sort(), [INDEX_FILE, 'meta.json']);
  const r = await loadIndex(dir, 'fp1', pause);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.table.paragraphId(2), 's:p3');
  assert.deepEqual(docs(r, 'lavrov'), [0]);
  assert.deepEqual(docs(r, 'delhi'), [2]);
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
  const file = (d: string) => join(d, INDEX_FILE);
  const damage: [string, (dir: string) => void | Promise<void>][] = [
    ['truncated file', (d) => writeFileSync(file(d), readFileSync(file(d)).subarray(0, 12))],
    ['flipped byte', (d) => writeFileSync(file(d), Buffer.from(readFileSync(file(d)).map((b, i) => (i === 200 ? b ^ 1 : b))))],
    ['garbage meta', (d) => writeFileSync(join(d, 'meta.json'), '{"format": 1, "fing')],
    ['null meta', (d) => writeFileSync(join(d, 'meta.json'), 'null')],
    ['empty file', (d) => writeFileSync(file(d), '')],
    ['a section missing', (d) => rewrite(d, (s) => s.delete('PGAI'))],
    ['paragraphs out of order', (d) => rewrite(d, (s) => s.set('PNUM', Uint32Array.from([2, 1])))],
    ['unsorted vocabulary', (d) => rewrite(d, (s) => s.set('VOCB', Uint8Array.from(Buffer.from('metlavrovdelhi'))))],
    ['token store of another size', (d) => rewrite(d, (s) => s.set('TOKO', Uint32Array.from([0, 1])))],
    ['token store naming an unknown term', (d) => rewrite(d, (s) => s.set('TOKI', Uint16Array.from([0, 1, 7])))],
    ['postings naming an unknown paragraph', (d) => rewrite(d, (s) => s.set('PDOC', Uint32Array.from([1, 0, 9])))],
  ];
  for (const [name, hurt] of damage) {
    const dir = tempDir();
    await save(dir, 'fp', ['Lavrov met', 'Delhi']);
    await hurt(join(dir, INDEX_DIR));
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
  assert.ok(r.ok && docs(r, 'new').length === 1);

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
