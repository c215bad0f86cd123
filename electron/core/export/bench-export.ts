// Run by hand: node --import tsx electron/core/export/bench-export.ts
// Exports a synthetic 300-quote briefing from 80 sources and prints the time for Markdown, HTML
// and PDF (warm printer), against a baseline measured in the same run: Chromium printing the very
// same HTML straight from a bare page, with none of Dossier's work around it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Briefing, BriefingItem, Paragraph, SourceMeta } from '../../shared/types';
import { createCitationEngine } from '../citations/citation-engine';
import { buildBriefingDocument } from './build-briefing-document';
import type { BriefingDocumentInput } from './build-briefing-document';
import { CHROMIUM_ARGS, createChromiumPdfPrinter, DEFAULT_CHROMIUM, pdfFooterTemplate } from './pdf-printer';
import { PAGE_MARGINS } from './print-stylesheet';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

const QUOTES = 300;
const SOURCES = 80;
const RUNS = 5;

/** Deterministic, so every run measures the same briefing. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const WORDS =
  'the minister said talks on defence cooperation would continue despite pressure from Washington over sanctions and the delivery of missile systems — “we are going to deepen our partnership” … officials noted that India’s position had not changed since 2018 while analysts in Delhi and Moscow expected further agreements on production energy space trade and regional security'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const FIRST = ['Anna', 'Rahul', 'Sergei', 'Maria', 'John', 'Priya', 'Olga', 'Vikram', 'Meera', 'Dmitri', 'Sarah', 'Arjun', 'Elena', 'Tom', 'Kavya', 'Pavel'];
const LAST = ['Sharma', 'Ivanova', 'Smith', 'Kapoor', 'Petrov', 'Menon', 'Brown', 'Rao', 'Volkov', 'Das', 'Iyer', 'Sokolov', 'Miller', 'Bose', 'Orlov', 'Pillai', 'Green', 'Nair', 'Kuznetsov', 'Gupta'];
const OUTLETS = ['The Hindu', 'NDTV', 'ThePrint', 'TRT World', 'Reuters', 'The Economic Times', ''];

function syntheticInput(): BriefingDocumentInput {
  const sources: SourceMeta[] = Array.from({ length: SOURCES }, (_, i) => ({
    id: `source-${i}`,
    title: i % 17 === 5 ? '' : `${sentence(6 + (i % 5))}`.replace(/^./, (c) => c.toUpperCase()),
    outlet: pick(OUTLETS),
    author: i % 3 === 0 ? '' : `${pick(FIRST)} ${pick(LAST)}`,
    published: i % 11 === 3 ? '' : `2021-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    url: i % 2 === 0 ? `https://news.example.org/${i}/article-about-defence-cooperation` : '',
    language: 'en',
  }));
  const quotes: BriefingDocumentInput['quotes'] = {};
  const items: BriefingItem[] = [];
  for (let q = 0; q < QUOTES; q++) {
    if (q % 12 === 0) items.push({ id: `h${q}`, type: 'heading', text: `Section ${q / 12 + 1}: ${sentence(4)}` });
    if (q % 25 === 7) items.push({ id: `t${q}`, type: 'text', markdown: `**Assessment.** ${sentence(40)}\n\n- ${sentence(8)}\n- ${sentence(8)}` });
    const source = pick(sources);
    const n = 1 + Math.floor(rnd() * 30);
    const paragraph: Paragraph = { id: `${source.id}:p${n}`, sourceId: source.id, n, text: `${sentence(55 + Math.floor(rnd() * 50))}.`, hash: 'h', kind: 'body' };
    quotes[`q${q}`] = { paragraph, source };
    items.push({ id: `q${q}`, type: 'quote', paragraphId: paragraph.id, hash: 'h', comment: q % 4 === 0 ? sentence(20) : '' });
  }
  const briefing: Briefing = { id: 'bench', title: 'Synthetic 300-quote briefing', author: 'Bench', style: 'chicago', createdAt: '2021-05-01T00:00:00Z', updatedAt: '2021-05-01T00:00:00Z', items };
  return { briefing, quotes, styleId: 'chicago', citations: createCitationEngine() };
}

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
const middle = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(fn));
  return middle(times);
}

/** Median CPU time of this process: on a shared machine it moves less than the wall clock. */
function medianCpu(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return middle(times);
}

const input = syntheticInput();
const ms = (n: number) => `${n.toFixed(0)} ms`;

// How fast this machine runs plain JavaScript, to read the figures below against.
const loop = await median(3, () => {
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i;
  return sum;
});
console.log(`Reference: a 1e8-step JavaScript loop takes ${ms(loop)} here`);

// Each timed run gets a fresh engine, so citeproc formats every note (the engine keeps the last
// few results: the "repeat" figure is an unchanged briefing exported again, e.g. after a preview).
for (const styleId of ['chicago', 'apa']) {
  renderMarkdown(buildBriefingDocument({ ...input, styleId })); // citeproc engine build and JIT warm-up
  const fresh = () => renderMarkdown(buildBriefingDocument({ ...input, styleId, citations: createCitationEngine() }));
  const md = await median(RUNS, fresh);
  const cpu = medianCpu(RUNS, fresh);
  const repeat = await median(RUNS, () => renderMarkdown(buildBriefingDocument({ ...input, styleId })));
  console.log(`Markdown (${styleId}, ${QUOTES} quotes, ${SOURCES} sources): ${ms(md)} (CPU ${ms(cpu)}); repeat export ${ms(repeat)}`);
}

const html = renderHtml(buildBriefingDocument(input), { paper: 'a4' });
const freshHtml = () => renderHtml(buildBriefingDocument({ ...input, citations: createCitationEngine() }), { paper: 'a4' });
const htmlMs = await median(RUNS, freshHtml);
console.log(`HTML (chicago): ${ms(htmlMs)} (CPU ${ms(medianCpu(RUNS, freshHtml))})`);

const printer = createChromiumPdfPrinter();
const out = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const pdf = await printer.print(html, { paper: 'a4', title: input.briefing.title }); // launches Chromium
writeFileSync(join(out, 'bench.pdf'), pdf);
const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [join(out, 'bench.pdf')], { encoding: 'utf8' }))?.[1];

const browser = await chromium.launch({ executablePath: process.env.DOSSIER_CHROMIUM || DEFAULT_CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const bare = async () => {
  await page.setContent(html);
  await page.pdf({ format: 'A4', displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: pdfFooterTemplate('x'), margin: PAGE_MARGINS });
};
await bare();

// Alternating the two keeps a busy machine from favouring either.
const pdfTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  pdfTimes.push(
    await time(async () => {
      const doc = buildBriefingDocument({ ...input, citations: createCitationEngine() });
      await printer.print(renderHtml(doc, { paper: 'a4' }), { paper: 'a4', title: doc.title });
    }),
  );
  bareTimes.push(await time(bare));
}
await printer.close();
await browser.close();
const pdfMs = middle(pdfTimes);
const baselineMs = middle(bareTimes);

console.log(`PDF (chicago, A4, ${pages} pages, warm printer): ${ms(pdfMs)}`);
console.log(`Baseline (same HTML, bare page.pdf): ${ms(baselineMs)}`);
console.log(`Ratio PDF / baseline: ${(pdfMs / baselineMs).toFixed(2)}`);
console.log(`PDF written to ${join(out, 'bench.pdf')}`);
