// Export of a 300-quote briefing drawn from 300 sources: Markdown and PDF through the notebook's
// exportBriefing (checking every quote, citing, rendering, writing the file). Baselines in the same
// run: writing the same Markdown bytes, and printing the same HTML in Chromium with no processing.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openNotebook } from '../electron/core/notebook/open-notebook';
import { type BenchContext, copyNotebook, reps, scratchDir } from './bench-context';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import type { Figure } from './figure';
import { summarize, timeRepeated } from './stats';

const QUOTES = 300;
const MD_TARGET_MS = 100;
const PDF_TARGET_MS = 1_500;

export async function benchExport(ctx: BenchContext): Promise<Figure[]> {
  const dataDir = await copyNotebook(ctx, 'export');
  const outDir = await scratchDir(ctx, 'exports');
  let saved = 0;
  const nb = await openNotebook({
    dataDir,
    corpusDir: ctx.data.corpusDir,
    cacheDir: await scratchDir(ctx, 'cache-export'),
    ports: { pickSavePath: async (name) => join(outDir, `${saved++}-${name}`) },
  });
  try {
    const briefing = await nb.createBriefing({ title: 'Export benchmark: 300 quotes from 300 sources', author: 'Bench' });
    const sources = await nb.listSources({ offset: 0, limit: QUOTES, sort: 'published', order: 'desc' });
    let added = 0;
    for (const s of sources.items) {
      if (added % 20 === 0) await nb.addHeading({ briefingId: briefing.id, text: `Part ${added / 20 + 1}` });
      const source = await nb.getSource({ id: s.id });
      const p = source.paragraphs.find((x) => x.kind === 'body') ?? source.paragraphs[0];
      if (!p) continue;
      await nb.addQuote({ briefingId: briefing.id, paragraphId: p.id, comment: added % 7 === 0 ? `Compare with **${s.outlet || 'the wire'}**: see _para. ${p.n}_.` : undefined });
      added++;
    }
    let pdfBytes = 0;
    const exportAs = (format: 'md' | 'pdf') => async () => {
      const r = await nb.exportBriefing({ briefingId: briefing.id, format });
      if (!r.path || r.bytes === 0) throw new Error(`export to ${format} wrote nothing`);
      if (format === 'pdf') pdfBytes = r.bytes;
    };

    const firstMd = summarize(await timeRepeated(1, exportAs('md')));
    const md = summarize(await timeRepeated(reps(ctx, 15, 5), exportAs('md')));
    const markdown = (await nb.previewExport({ briefingId: briefing.id, format: 'md' })).content;
    const writeOnly = summarize(
      await timeRepeated(reps(ctx, 15, 5), async (i) => {
        const path = join(outDir, `plain-${i}.md`);
        await writeFile(`${path}.tmp`, markdown);
        await rename(`${path}.tmp`, path);
      }),
    );

    const first = summarize(await timeRepeated(1, exportAs('pdf')));
    const pdf = summarize(await timeRepeated(reps(ctx, 5, 2), exportAs('pdf')));
    const html = (await nb.previewExport({ briefingId: briefing.id, format: 'html' })).content;
    const plainPrint = await printPlain(html, reps(ctx, 5, 2), outDir);

    return [
      {
        name: 'export.markdown',
        value: md.median,
        p95: md.p95,
        unit: 'ms',
        baseline: { name: 'write the same bytes', value: writeOnly.median, p95: writeOnly.p95 },
        target: { pass: md.median < MD_TARGET_MS, text: `< ${MD_TARGET_MS} ms` },
        note: `${added} quotes, ${(Buffer.byteLength(markdown) / 1e3).toFixed(0)} kB`,
      },
      {
        name: 'export.markdown.first',
        value: firstMd.median,
        unit: 'ms',
        baseline: { name: 'write the same bytes', value: writeOnly.median },
        note: 'first export of the session: includes loading the citation style',
      },
      {
        name: 'export.pdf',
        value: pdf.median,
        p95: pdf.p95,
        unit: 'ms',
        baseline: { name: 'print the same HTML, no processing', value: plainPrint.median, p95: plainPrint.p95 },
        target: { pass: pdf.median < PDF_TARGET_MS, text: `< ${PDF_TARGET_MS} ms` },
        note: `${(pdfBytes / 1e3).toFixed(0)} kB PDF, Chromium already running`,
      },
      {
        name: 'export.pdf.first',
        value: first.median,
        unit: 'ms',
        baseline: { name: 'print the same HTML, no processing', value: plainPrint.median },
        note: 'first PDF of the session: includes starting the printer',
      },
    ];
  } finally {
    await nb.close();
  }
}

/** Chromium with the HTML as given: set it as the page and print, nothing else. */
async function printPlain(html: string, n: number, outDir: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await mkdir(outDir, { recursive: true });
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ format: 'A4' });
    await page.close();
    return summarize(
      await timeRepeated(n, async (i) => {
        const p = await browser.newPage();
        await p.setContent(html);
        await p.pdf({ format: 'A4', path: join(outDir, `plain-${i}.pdf`) });
        await p.close();
      }),
    );
  } finally {
    await browser.close();
  }
}
