// Prints real PDFs with the system Chromium and reads them back with poppler (pdftotext, pdfinfo, pdffonts).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotebookError } from '../../shared/result';
import type { PaperSize } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
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
