import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { openTestNotebook, P, tempDir } from './notebook-test-kit';

const CHICAGO = readFileSync(resolve(import.meta.dirname, '../../../resources/styles/dossier-chicago-notes.csl'), 'utf8');

/** The bundled Chicago style under another name, printing "¶" where Chicago prints "para.". */
function pilcrowStyle(dir: string): string {
  const path = join(dir, 'pilcrow-notes.csl');
  writeFileSync(
    path,
    CHICAGO.replace('<title>Chicago (notes and bibliography, Dossier)</title>', '<title>Pilcrow notes</title>')
      .replace('urn:dossier:style:dossier-chicago-notes', 'urn:test:style:pilcrow-notes')
      .replace('<single>para.</single>', '<single>¶</single>'),
  );
  return path;
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code,
  );

test('a picked .csl file is kept in <dataDir>/styles, listed, and used by an export', async () => {
  const files = tempDir();
  let picked: string | null = pilcrowStyle(files);
  const nb = await openTestNotebook({ ports: { pickStyleFile: async () => picked } });
  try {
    const style = await nb.addStyleFile();
    assert.deepEqual(style, { id: 'pilcrow-notes', name: 'Pilcrow notes', builtin: false });
    assert.deepEqual(readdirSync(join(nb.dataDir, 'styles')), ['pilcrow-notes.csl']);
    assert.ok((await nb.listStyles()).some((s) => s.id === 'pilcrow-notes'));

    const b = await nb.createBriefing({ title: 'Styled' });
    await nb.addQuote({ briefingId: b.id, paragraphId: P.ndtvLavrovQuote });
    await nb.updateBriefing({ id: b.id, style: 'pilcrow-notes' });
    const md = (await nb.previewExport({ briefingId: b.id, format: 'md' })).content;
    assert.match(md, /^\[\^1\]: .*¶ 8\./m);
    assert.doesNotMatch(md, /para\. 8/);

    picked = null;
    assert.equal(await nb.addStyleFile(), null, 'a cancelled dialog adds nothing');
    assert.equal((await nb.listStyles()).length, 3);
  } finally {
    await nb.close();
  }
});

test('a broken style file is refused with its name and the reason, and nothing is kept', async () => {
  const files = tempDir();
  const path = join(files, 'broken.csl');
  writeFileSync(path, '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>x</title>');
  const nb = await openTestNotebook({ ports: { pickStyleFile: async () => path } });
  try {
    await assert.rejects(nb.addStyleFile(), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'INVALID_INPUT');
      assert.match(e.message, /^"broken\.csl" is not a usable CSL style: it is not well-formed XML/);
      return true;
    });
    assert.equal(existsSync(join(nb.dataDir, 'styles')), false);
  } finally {
    await nb.close();
  }
});

test('without a file picker, adding a style says so', async () => {
  const nb = await openTestNotebook();
  try {
    assert.equal(await code(nb.addStyleFile()), 'INTERNAL');
  } finally {
    await nb.close();
  }
});

test('removing a style moves its briefings and the default to a style that exists, then deletes the file', async () => {
  const files = tempDir();
  const nb = await openTestNotebook({ ports: { pickStyleFile: async () => pilcrowStyle(files) } });
  try {
    await nb.addStyleFile();
    await nb.updateSettings({ defaultStyle: 'pilcrow-notes' });
    const uses = await nb.createBriefing({ title: 'Uses it' });
    assert.equal(uses.style, 'pilcrow-notes', 'a new briefing takes the default style');
    const apa = await nb.createBriefing({ title: 'APA' });
    await nb.updateBriefing({ id: apa.id, style: 'apa' });

    assert.deepEqual(await nb.removeStyle({ id: 'pilcrow-notes' }), { briefingsRestyled: 1, defaultStyle: 'chicago' });
    assert.equal((await nb.getBriefing({ id: uses.id })).style, 'chicago');
    assert.equal((await nb.getBriefing({ id: apa.id })).style, 'apa');
    assert.equal((await nb.getSettings()).defaultStyle, 'chicago');
    assert.deepEqual(readdirSync(join(nb.dataDir, 'styles')), []);
    assert.deepEqual((await nb.listStyles()).map((s) => s.id), ['chicago', 'apa']);
  } finally {
    await nb.close();
  }
});

test('when the default is another style, the briefings of a removed style take that default', async () => {
  const files = tempDir();
  const nb = await openTestNotebook({ ports: { pickStyleFile: async () => pilcrowStyle(files) } });
  try {
    await nb.addStyleFile();
    await nb.updateSettings({ defaultStyle: 'apa' });
    const b = await nb.createBriefing({ title: 'Pilcrow' });
    await nb.updateBriefing({ id: b.id, style: 'pilcrow-notes' });
    assert.deepEqual(await nb.removeStyle({ id: 'pilcrow-notes' }), { briefingsRestyled: 1, defaultStyle: 'apa' });
    assert.equal((await nb.getBriefing({ id: b.id })).style, 'apa');
  } finally {
    await nb.close();
  }
});

test('bundled styles cannot be removed; unknown ones are NOT_FOUND', async () => {
  const nb = await openTestNotebook();
  try {
    assert.equal(await code(nb.removeStyle({ id: 'chicago' })), 'FORBIDDEN');
    assert.equal(await code(nb.removeStyle({ id: 'nope' })), 'NOT_FOUND');
    assert.equal(await code(nb.removeStyle({ id: '' })), 'INVALID_INPUT');
  } finally {
    await nb.close();
  }
});

test('a read-only notebook refuses to add a style before asking for a file', async () => {
  const files = tempDir();
  const writer = await openTestNotebook();
  const dataDir = writer.dataDir;
  await writer.close();
  let asked = false;
  const nb = await openTestNotebook({
    dataDir,
    readOnly: true,
    ports: {
      pickStyleFile: async () => {
        asked = true;
        return pilcrowStyle(files);
      },
    },
  });
  try {
    assert.equal(await code(nb.addStyleFile()), 'LOCKED');
    assert.equal(asked, false);
    assert.equal(await code(nb.removeStyle({ id: 'chicago' })), 'LOCKED');
  } finally {
    await nb.close();
  }
});
