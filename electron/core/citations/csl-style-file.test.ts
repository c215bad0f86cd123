import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NotebookError } from '../../shared/result';
import { MAX_STYLE_BYTES, parseCslStyle, peekCslStyle, styleIdFrom } from './csl-style-file';

const CHICAGO = readFileSync(new URL('../../../resources/styles/dossier-chicago-notes.csl', import.meta.url), 'utf8');

const style = (attrs: string, info: string, body = '<citation><layout><text variable="title"/></layout></citation>') =>
  `<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" ${attrs}><info>${info}</info>${body}</style>`;

const rejects = (xml: string, why: RegExp) =>
  assert.rejects(
    parseCslStyle(xml, 'my.csl'),
    (e: unknown) => e instanceof NotebookError && e.code === 'INVALID_INPUT' && e.message.startsWith('"my.csl"') && why.test(e.message),
  );

test("the project's Chicago style is a valid independent CSL 1.0 style", async () => {
  const parsed = await parseCslStyle(CHICAGO, 'dossier-chicago-notes.csl');
  assert.equal(parsed.id, 'dossier-chicago-notes');
  assert.equal(parsed.title, 'Chicago (notes and bibliography, Dossier)');
  assert.equal(parsed.locale, 'en-US');
});

test('the id comes from <id>, else from the title', async () => {
  const withId = await parseCslStyle(style('class="in-text" version="1.0"', '<title>T</title><id>http://www.zotero.org/styles/ieee</id>'), 'a.csl');
  assert.equal(withId.id, 'ieee');
  const withoutId = await parseCslStyle(style('class="note" version="1.0"', '<title>Université de Genève (notes)</title>'), 'a.csl');
  assert.equal(withoutId.id, 'universite-de-geneve-notes');
  assert.equal(withoutId.locale, undefined);
});

test('styleIdFrom makes file-name-safe ids', () => {
  assert.equal(styleIdFrom('http://www.zotero.org/styles/chicago-note-bibliography/'), 'chicago-note-bibliography');
  assert.equal(styleIdFrom('urn:dossier:style:My Style'), 'my-style');
  assert.equal(styleIdFrom('../../etc/passwd'), 'passwd');
  assert.equal(styleIdFrom('***'), '');
  assert.equal(styleIdFrom('x'.repeat(100)).length, 64);
});

test('what is not an independent CSL 1.0 style is refused, saying why', async () => {
  await rejects('<style', /not well-formed XML/);
  await rejects('<style xmlns="http://example.org/other" class="note" version="1.0"/>', /root element/);
  await rejects(style('class="note" version="0.8"', '<title>T</title>'), /version="1.0"/);
  await rejects(style('version="1.0"', '<title>T</title>'), /class/);
  await rejects(style('class="note" version="1.0"', '<title> </title>'), /no <info><title>/);
  await rejects(style('class="note" version="1.0"', '<title>T</title>', '<bibliography><layout/></bibliography>'), /no <citation>/);
  await rejects(
    style('class="note" version="1.0"', '<title>T</title><link rel="independent-parent" href="http://www.zotero.org/styles/apa"/>', ''),
    /dependent style/,
  );
  await rejects(style('class="note" version="1.0"', `<title>T</title><summary>${'x'.repeat(MAX_STYLE_BYTES)}</summary>`), /larger than/);
});

test('peekCslStyle reads the title and locale of a stored style without parsing it', () => {
  assert.deepEqual(peekCslStyle(style('class="note" version="1.0" default-locale="de-DE"', '<title>A &amp; B</title>')), {
    title: 'A & B',
    locale: 'de-DE',
  });
  assert.equal(peekCslStyle('<html><title>no</title></html>'), undefined);
  assert.equal(peekCslStyle(style('class="note" version="1.0"', '<id>x</id>')), undefined);
});
