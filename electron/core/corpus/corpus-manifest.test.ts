import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusManifest } from './corpus-manifest';
import { NotebookError } from '../../shared/result';

const MANIFEST = '/corpus/manifest.json';
const BUNDLED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/corpus/manifest.json');

const source = (over: Record<string, unknown> = {}) => ({
  id: 'a-source',
  title: 'A title',
  outlet: '',
  author: '',
  published: '',
  language: 'en',
  file: 'a.txt',
  ...over,
});
const bytes = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8');
const manifestWith = (...sources: unknown[]) => bytes({ version: 1, sources });

function rejects(input: Buffer, message: string): void {
  assert.throws(
    () => parseCorpusManifest(input, MANIFEST),
    (e: unknown) => {
      assert.ok(e instanceof NotebookError, String(e));
      assert.equal(e.code, 'CORPUS');
      assert.ok(e.message.includes(`${MANIFEST}: `), e.message);
      assert.ok(e.message.includes(message), `"${e.message}" should include "${message}"`);
      return true;
    },
  );
}

test('the bundled manifest is valid and carries only what the texts show', () => {
  const m = parseCorpusManifest(readFileSync(BUNDLED), BUNDLED);
  assert.equal(m.version, 1);
  assert.deepEqual(
    m.sources.map((s) => [s.id, s.published, s.author]),
    [
      ['russia-india-non-committal-on-s-400', '2021-04-06', ''],
      ['lavrov-jaishankar-key-takeaways', '', ''],
      ['india-russia-firm-on-s-400-deal', '', ''],
      ['india-desperate-to-get-s-400', '2021-04-06', ''],
      ['russia-talks-military-equipment-india', '2021-04-06', 'Melis Alemdar'],
    ],
  );
  assert.ok(m.sources.every((s) => s.url === undefined && s.outlet === ''));
  assert.equal(m.sources[2]?.title, 'India, Russia firm on S-400 missiles deal, Moscow now eyes arms unit under ‘Make in India’');
});

test('a manifest with a BOM, kinds and a url parses', () => {
  const json = { version: 1, sources: [source({ url: 'https://example.org/a', kinds: { '3': 'caption' } })] };
  const m = parseCorpusManifest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(json)]), MANIFEST);
  assert.deepEqual(m.sources[0]?.kinds, { '3': 'caption' });
  assert.equal(m.sources[0]?.url, 'https://example.org/a');
});

test('field errors name the file and the field', () => {
  rejects(manifestWith(source(), source({ id: 'b' }), source({ id: 'c', published: '06/04/2021' })), 'manifest.json: sources[2].published must be an ISO date (YYYY-MM-DD) or empty');
  rejects(manifestWith(source({ published: '2021-02-30' })), 'sources[0].published must be an ISO date');
  rejects(manifestWith(source({ id: 'Not A Slug' })), 'sources[0].id must be a lowercase slug');
  rejects(manifestWith(source({ id: 'trailing-' })), 'sources[0].id must be a lowercase slug');
  rejects(manifestWith(source({ title: undefined })), 'sources[0].title is missing');
  rejects(manifestWith(source({ author: 7 })), 'sources[0].author must be a string');
  rejects(manifestWith(source({ publised: '2021-01-01' })), 'sources[0] has unknown field "publised"');
  rejects(manifestWith(source({ language: 'English' })), 'sources[0].language must be a language code');
  rejects(manifestWith(source({ url: 'ftp://example.org/a' })), 'sources[0].url must be an http(s) URL or empty');
  rejects(manifestWith(source({ kinds: { '2': 'headline' } })), 'sources[0].kinds["2"] must be one of title, standfirst');
  rejects(manifestWith(source({ kinds: { first: 'body' } })), 'sources[0].kinds key "first" must be a paragraph number such as "3"');
  rejects(bytes({ version: 2, sources: [] }), 'version must be 1');
  rejects(bytes({ version: 1 }), 'sources is missing');
  rejects(bytes([]), 'the manifest must be an object');
});

test('duplicate ids are rejected, naming both entries', () => {
  rejects(manifestWith(source(), source({ id: 'b', file: 'b.txt' }), source({ file: 'c.txt' })), 'sources[2].id "a-source" duplicates sources[0].id');
});

test('a file that escapes the corpus directory is rejected', () => {
  for (const file of ['/etc/passwd', '../outside.txt', 'sub/../../outside.txt', 'C:\\corpus\\a.txt', '..\\outside.txt', '']) {
    rejects(manifestWith(source({ file })), 'sources[0].file must');
  }
  assert.equal(parseCorpusManifest(manifestWith(source({ file: 'sub/dir/a..b.txt' })), MANIFEST).sources[0]?.file, 'sub/dir/a..b.txt');
});

test('invalid JSON and invalid UTF-8 name the file', () => {
  rejects(Buffer.from('{"version": 1, "sources": [', 'utf8'), 'is not valid JSON');
  assert.throws(() => parseCorpusManifest(Buffer.from([0x7b, 0xff, 0x7d]), MANIFEST), /\/corpus\/manifest\.json is not valid UTF-8/);
});
