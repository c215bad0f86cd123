// Prints real PDFs with the system Chromium and reads them back with poppler (pdftotext, pdfinfo, pdffonts).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { NotebookError } from '../../shared/result';
import type { PaperSize } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
import { openTestNotebook, P } from '../notebook/notebook-test-kit';
import { buildBriefingDocument } from './build-briefing-document';
import { createChromiumPdfPrinter } from './pdf-printer';
import { renderHtml } from './render-html';
import { loadSampleBriefing } from './sample-briefing';

const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
const printer = createChromiumPdfPrinter();
after(() => printer.close());

/** Whitespace as pdftotext might break it: lines end anywhere, even after a hyphen ("surface-\nto-air"). */
/** Chromium browsers run as children of this test process. */
const chromiumChildren = () =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /chrom/i.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));

const squash = (s: string) => s.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();

async function printToFile(html: string, paper: PaperSize, title: string, name: string) {
  const pdf = await printer.print(html, { paper, title });
  const path = join(dir, name);
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pdf,
    info,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    text: execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0] ?? ''),
  };
}

test('the sample briefing prints to an A4 PDF holding every quote, note and source, with page numbers and its title', async () => {
  const { briefing, quotes } = await loadSampleBriefing();
  const doc = buildBriefingDocument({ briefing, quotes, styleId: 'chicago', citations: createCitationEngine() });
  const out = await printToFile(renderHtml(doc, { paper: 'a4' }), 'a4', doc.title, 'sample-a4.pdf');
  assert.match(out.info, /^Title:\s+India–Russia defence ties after the Lavrov visit$/m);
  assert.match(out.info, /^Page size:\s+59[45].* x 84[12].* pts \(A4\)$/m);
  assert.ok(out.pages >= 2, `${out.pages} pages`);
  // Every page has the footer "title  n / N".
  const footer = new RegExp(`^${doc.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+) ?/ ?(\\d+)$`, 'gm');
  assert.deepEqual(
    [...out.text.matchAll(footer)].map((m) => `${m[1]} / ${m[2]}`),
    Array.from({ length: out.pages }, (_, i) => `${i + 1} / ${out.pages}`),
  );
  // A quote may run over a page break, where the footer comes between its two parts.
  const body = squash(out.text.replace(footer, ' '));
  for (const item of doc.items) {
    if (item.type === 'quote') assert.ok(body.includes(squash(item.text)), `quote ${item.note} is in the PDF`);
  }
  for (const note of doc.notes) assert.ok(body.includes(squash(`${note.n}. ${note.text}`)), `note ${note.n}: ${note.text}`);
  for (const entry of doc.bibliography) assert.ok(body.includes(squash(entry.text)), `source: ${entry.text}`);
  // Every character of the corpus is drawn from the fonts the stylesheet names; none fell back elsewhere.
  assert.ok(out.fonts.length > 0);
  for (const font of out.fonts) assert.match(font, /^[A-Z]{6}\+Noto(Serif|Sans)-/);
});

test('Letter paper gives Letter pages', async () => {
  const out = await printToFile('<!DOCTYPE html><title>Letter</title><p>Hello</p>', 'letter', 'Letter', 'letter.pdf');
  assert.match(out.info, /^Page size:\s+612 x 792 pts \(letter\)$/m);
  assert.match(squash(out.text), /Hello.*1 ?\/ ?1/);
});

test('the printed page runs no script and loads nothing, even without the export CSP', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    res.end('body{background:red}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const html = `<!DOCTYPE html><html><head><title>Inert</title>
      <link rel="stylesheet" href="${origin}/style.css"><style>@import url("${origin}/import.css"); p { background: url("${origin}/bg.png"); }</style>
      </head><body><p id="t">Static text</p>
      <script>document.getElementById('t').textContent = 'SCRIPT RAN';</script>
      <img src="${origin}/pixel.png" alt=""><iframe src="${origin}/frame"></iframe>
      <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=" alt="">
      </body></html>`;
    const out = await printToFile(html, 'a4', 'Inert', 'inert.pdf');
    assert.match(out.text, /Static text/);
    assert.doesNotMatch(out.text, /SCRIPT RAN/);
    assert.equal(requests, 0);
  } finally {
    server.close();
  }
});

test('one warm printer serves prints one after another and side by side, in one browser', async () => {
  const html = (n: number) => `<!DOCTYPE html><title>T${n}</title><p>Print ${n}</p>`;
  await printer.print(html(0), { paper: 'a4', title: 'T0' });
  const browsers = chromiumChildren();
  const pdfs = await Promise.all([1, 2, 3].map((n) => printer.print(html(n), { paper: 'a4', title: `T${n}` })));
  assert.deepEqual(chromiumChildren(), browsers);
  for (const pdf of pdfs) assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  const texts = pdfs.map((pdf, i) => {
    const path = join(dir, `parallel-${i}.pdf`);
    writeFileSync(path, pdf);
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  });
  texts.forEach((text, i) => assert.match(text, new RegExp(`Print ${i + 1}`)));
});

test('if Chromium dies, the next print starts a new one', async () => {
  // The one this printer launches is the new child.
  const before = new Set(chromiumChildren());
  const own = createChromiumPdfPrinter();
  try {
    await own.print('<p>before</p>', { paper: 'a4', title: 'x' });
    const launched = chromiumChildren().filter((pid) => !before.has(pid));
    assert.equal(launched.length, 1, 'one browser for this printer');
    process.kill(launched[0] as number, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pdf = await own.print('<p>after</p>', { paper: 'a4', title: 'x' });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  } finally {
    await own.close();
  }
});

test('a closed printer refuses to print', async () => {
  const own = createChromiumPdfPrinter();
  await own.close();
  await assert.rejects(own.print('<p>x</p>', { paper: 'a4', title: 'x' }), (e: unknown) => e instanceof NotebookError);
});

test('a missing Chromium is reported with its path', async () => {
  const own = createChromiumPdfPrinter({ executablePath: join(dir, 'no-such-chromium') });
  try {
    await assert.rejects(
      own.print('<p>x</p>', { paper: 'a4', title: 'x' }),
      (e: unknown) => e instanceof NotebookError && e.code === 'IO' && e.message.includes(join(dir, 'no-such-chromium')),
    );
  } finally {
    await own.close();
  }
});

// ---- local files and the network never reach the PDF --------------------------------------------

/** A PNG of one colour, in a size nothing else in these PDFs has, so pdfimages can tell it apart. */
function solidPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [200, 30, 60]).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Files on this machine that a hostile note points at: each holds a word or a picture that must not reach a PDF. */
function secretFiles() {
  const secrets = mkdtempSync(join(tmpdir(), 'dossier-secrets-'));
  const token = `SECRETTOKEN${Date.now().toString(36).toUpperCase()}`;
  const files = {
    text: join(secrets, 'secret.txt'),
    html: join(secrets, 'secret.html'),
    css: join(secrets, 'secret.css'),
    png: join(secrets, 'secret.png'),
  };
  writeFileSync(files.text, `${token}\n`);
  writeFileSync(files.html, `<p>${token}</p>`);
  writeFileSync(files.css, `body::after { content: "${token}"; }`);
  writeFileSync(files.png, solidPng(61, 37));
  let hostname = '';
  try {
    hostname = readFileSync('/etc/hostname', 'utf8').trim();
  } catch {
    /* no /etc/hostname on this OS: the other secrets still stand */
  }
  return { token, files, hostname, url: (p: string) => pathToFileURL(p).href };
}

/** Markup that would pull each secret into the page if anything let it. */
function leakingMarkup(s: ReturnType<typeof secretFiles>, origin: string): string {
  return [
    '<img src="file:///etc/hostname" alt="">',
    `<img src="${s.url(s.files.png)}" alt=""><img srcset="${s.url(s.files.png)} 1x" alt="">`,
    `<iframe src="file:///etc/hostname"></iframe><iframe src="${s.url(s.files.text)}"></iframe><iframe src="${s.url(s.files.html)}"></iframe>`,
    `<object data="${s.url(s.files.html)}"></object><embed src="${s.url(s.files.png)}">`,
    `<link rel="stylesheet" href="${s.url(s.files.css)}"><style>@import url("${s.url(s.files.css)}"); .bg { background: url("${s.url(s.files.png)}"); width: 61px; height: 37px; }</style><div class="bg"></div>`,
    `<svg width="61" height="37"><image href="${s.url(s.files.png)}" width="61" height="37"/></svg>`,
    `<video poster="${s.url(s.files.png)}"></video><input type="image" src="${s.url(s.files.png)}" alt="">`,
    `<img src="${origin}/pixel.png" alt=""><iframe src="${origin}/frame"></iframe><link rel="stylesheet" href="${origin}/x.css">`,
  ].join('\n');
}

function pdfImages(path: string): string[] {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() && /\bimage\b/.test(line))
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return `${cols[3]}x${cols[4]}`;
    });
}

function assertNoSecret(pdfPath: string, s: ReturnType<typeof secretFiles>, what: string): void {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  assert.doesNotMatch(text, new RegExp(s.token), `${what}: a local file's text is in the PDF`);
  if (s.hostname) assert.doesNotMatch(text, new RegExp(`(^|\\W)${s.hostname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`), `${what}: /etc/hostname is in the PDF`);
  assert.ok(!pdfImages(pdfPath).includes('61x37'), `${what}: a local image is in the PDF`);
}

async function withCountingServer<T>(run: (origin: string, requests: () => number) => Promise<T>): Promise<T> {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, () => requests);
  } finally {
    server.close();
  }
}

test('the printer loads no file: URL and nothing from the network, even from unsanitised markup', async () => {
  const s = secretFiles();
  await withCountingServer(async (origin, requests) => {
    const html = `<!DOCTYPE html><html><head><title>Leak</title></head><body><p>Visible words</p>\n${leakingMarkup(s, origin)}\n</body></html>`;
    const out = await printToFile(html, 'a4', 'Leak', 'leak-raw.pdf');
    assert.match(out.text, /Visible words/);
    assertNoSecret(join(dir, 'leak-raw.pdf'), s, 'raw markup');
    assert.equal(requests(), 0, 'requests reached the network');
  });
  // The checks do see a secret when it is really in the page (here inlined on purpose).
  const inlined = `<!DOCTYPE html><p>${s.token}</p><img src="data:image/png;base64,${readFileSync(s.files.png).toString('base64')}" alt="">`;
  await printToFile(inlined, 'a4', 'Control', 'leak-control.pdf');
  assert.throws(() => assertNoSecret(join(dir, 'leak-control.pdf'), s, 'control'), /local file's text/);
  assert.ok(pdfImages(join(dir, 'leak-control.pdf')).includes('61x37'), 'pdfimages sees an image that is in the page');
});

test('a note with <img src="file:///etc/hostname"> exports a PDF without that file, or any other', { timeout: 120_000 }, async () => {
  const s = secretFiles();
  const exportDir = mkdtempSync(join(tmpdir(), 'dossier-exports-'));
  await withCountingServer(async (origin, requests) => {
    const nb = await openTestNotebook({ ports: { pdfPrinter: printer, pickSavePath: async (name) => join(exportDir, name) } });
    try {
      const b = await nb.createBriefing({ title: 'Hostname leak' });
      await nb.addText({ briefingId: b.id, markdown: '<img src="file:///etc/hostname">' });
      await nb.addText({ briefingId: b.id, markdown: `![hostname](file:///etc/hostname) ![secret](${s.url(s.files.png)}) [secret](${s.url(s.files.text)})` });
      await nb.addText({ briefingId: b.id, markdown: leakingMarkup(s, origin) });
      await nb.addQuote({ briefingId: b.id, paragraphId: P.ndtvLavrovQuote, comment: `See <img src="file:///etc/hostname"> and <iframe src="${s.url(s.files.html)}"></iframe>` });

      // The HTML the PDF is printed from already holds no local or remote reference.
      const { content } = await nb.previewExport({ briefingId: b.id, format: 'html' });
      assert.doesNotMatch(content, /\s(?:src|href|data|srcset|poster)="?(?:file:|http:\/\/127)/i);
      assert.doesNotMatch(content, /<(?:iframe|object|embed|link|video|input|svg)\b/i);

      const r = await nb.exportBriefing({ briefingId: b.id, format: 'pdf' });
      assert.ok(r.path);
      assert.match(execFileSync('pdftotext', [r.path, '-'], { encoding: 'utf8' }), /Hostname leak/);
      assertNoSecret(r.path, s, 'exported briefing');
      assert.deepEqual(pdfImages(r.path), [], 'the briefing has no image at all');
      assert.equal(requests(), 0);
    } finally {
      await nb.close();
    }
  });
});
