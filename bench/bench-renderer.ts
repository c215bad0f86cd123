// The built renderer (dist/renderer) in Chromium, over the heavy notebook and the big corpus, with
// window.notebook backed by the real core in this process (as in the e2e browser project).
// Times are taken in the page with requestAnimationFrame, up to the paint that shows the result.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../e2e/static-server';
import { openNotebook, type Notebook } from '../electron/core/notebook/open-notebook';
import { type BenchContext, copyNotebook, reps, scratchDir } from './bench-context';
import { measureSearchTyping, typingQueries } from './bench-renderer-search';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { type Figure, mb } from './figure';
import { type BridgeCall, describeCalls, installNotebookBridge, type NotebookBridgeHandle } from './install-notebook-bridge';
import { chooseTag, installProbes, KEEP_NAMES_SHIM, openArticle, openArticlePlain, scrollFrames, tagPlain } from './renderer-probes';
import { summarize } from './stats';

const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));
const SOURCES_READY = '.sources-table tbody a';
const TAG_TARGET_MS = 16;
const KEYSTROKE_TARGET_MS = 16;
const LONG_FRAME_MS = 50;
const SCROLL_STEP_PX = 400;
const VIEWPORT = { width: 1280, height: 800 };

interface Session {
  browser: Browser;
  page: Page;
  url: string;
  notebook: Notebook;
  bridge: NotebookBridgeHandle;
}

async function navigateToSources(s: Session): Promise<{ interactive: number; dcl: number }> {
  await s.page.goto('about:blank');
  await s.page.goto(`${s.url}#/sources`);
  await s.page.waitForFunction(() => window.__bench?.interactiveAt !== undefined, undefined, { timeout: 120_000 });
  return s.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { interactive: window.__bench.interactiveAt ?? 0, dcl: nav?.domContentLoadedEventEnd ?? 0 };
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return mb(usedSize);
  } finally {
    await cdp.detach();
  }
}

/** Paragraph numbers (1-based) of body paragraphs to tag, spread through the article. */
function bodyParagraphs(source: { paragraphs: { id: string; kind: string }[] }, n: number): string[] {
  const body = source.paragraphs.filter((p) => p.kind === 'body');
  return Array.from({ length: n }, (_, i) => body[Math.floor(((i + 0.5) * body.length) / n)]?.id).filter((x): x is string => !!x);
}

async function measureTagClicks(s: Session, sourceId: string, count: number): Promise<{ app: number[]; plain: number[]; calls: BridgeCall[] }> {
  const source = await s.notebook.getSource({ id: sourceId });
  const ids = bodyParagraphs(source, count * 2);
  const app: number[] = [];
  const plain: number[] = [];
  const calls: BridgeCall[] = [];
  const tags = await s.notebook.listTags();
  for (let i = 0; i < count; i++) {
    const pid = ids[2 * i] as string;
    const elementId = `para-${pid}`;
    const para = s.page.locator(`[id="${elementId}"]`);
    await para.locator('.para-actions button').first().click();
    await para.locator('[role="option"]').first().waitFor();
    s.bridge.take();
    app.push(await s.page.evaluate(chooseTag, elementId));
    // The screen may still be refreshing after the chip shows; let it finish before the next click.
    await s.page.waitForTimeout(200);
    calls.push(...s.bridge.take());
    const tagId = tags[(i * 7) % tags.length]?.id as string;
    plain.push(await s.page.evaluate(tagPlain, [ids[2 * i + 1] as string, tagId] as [string, string]));
  }
  return { app, plain, calls };
}

async function measureScroll(s: Session, tagId: string, maxFrames: number) {
  await s.page.evaluate((id) => (window.location.hash = `#/tags/${encodeURIComponent(id)}`), tagId);
  await s.page.locator('.virtual-scroll [role="listitem"] .tagged-text').first().waitFor({ timeout: 60_000 });
  const app = await s.page.evaluate(scrollFrames, ['.virtual-scroll', SCROLL_STEP_PX, maxFrames, '[role="listitem"] > .muted'] as [string, number, number, string]);

  // The floor: the same paragraphs as a plain, static list (no virtualisation, no paging, no React).
  const page = await s.page.context().newPage();
  try {
    const rows: string[] = [];
    for (let offset = 0; ; offset += 500) {
      const pageOf = await s.notebook.paragraphsWithTag({ tagId, offset, limit: 500 });
      for (const tp of pageOf.items) rows.push(`<div class="r"><a href="#">${escapeHtml(tp.source.title)} · ¶ ${tp.paragraph.n}</a><p>${escapeHtml(tp.paragraph.text)}</p></div>`);
      if (offset + 500 >= pageOf.total) break;
    }
    await page.setContent(
      `<!doctype html><style>body{margin:0;font:15px system-ui}#s{height:${VIEWPORT.height}px;overflow:auto}.r{padding:8px 16px;border-bottom:1px solid #ddd}</style><div id="s">${rows.join('')}</div>`,
    );
    await page.addScriptTag({ content: `${KEEP_NAMES_SHIM}\n(${installProbes.toString()})('#s');` });
    const plain = await page.evaluate(scrollFrames, ['#s', SCROLL_STEP_PX, maxFrames, '.none'] as [string, number, number, string]);
    return { app, plain, rows: rows.length };
  } finally {
    await page.close();
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function benchRenderer(ctx: BenchContext): Promise<Figure[]> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`${RENDERER_DIR}/index.html is missing: run npm run build first.`);
  const longId = ctx.data.corpus.longArticles[0];
  if (!longId) throw new Error('The generated corpus has no long article.');
  const dataDir = await copyNotebook(ctx, 'renderer');
  // As the app runs after its first minute: the search index and the corroboration links built and
  // loaded (the corroboration benchmark leaves its cache), so no first build competes for the CPU.
  const cacheDir = ctx.shared.corroborationCacheDir ?? ctx.shared.warmCacheDir ?? (await scratchDir(ctx, 'cache-renderer'));
  const notebook = await openNotebook({ dataDir, corpusDir: ctx.data.corpusDir, cacheDir });
  await notebook.warm();
  // The links loaded as the reader asks for them (listing claims would start the background
  // check of their discrepancies, which the corroboration benchmark measures).
  await notebook.sourceCorroboration({ sourceId: longId });
  const server = await startStaticServer(RENDERER_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    const bridge = await installNotebookBridge(page, notebook);
    await page.addInitScript(installProbes, SOURCES_READY);
    const s: Session = { browser, page, url: server.url, notebook, bridge };

    await navigateToSources(s); // warm-up: Chromium's caches, the core's first calls
    const navs = [];
    bridge.take();
    for (let i = 0; i < reps(ctx, 5, 3); i++) navs.push(await navigateToSources(s));
    const navCalls = bridge.take();
    const heapAtStart = await heapMb(page);
    ctx.log(`  sources interactive: ${navs.map((n) => Math.round(n.interactive)).join(', ')} ms`);

    // Before any tagging, so the big tag still has exactly its generated paragraphs.
    const scroll = await measureScroll(s, ctx.data.notebook.bigTagId, ctx.quick ? 200 : 1_000);

    const opens: number[] = [];
    const plainOpens: number[] = [];
    const openCalls: BridgeCall[] = [];
    for (let i = 0; i < reps(ctx, 5, 3); i++) {
      await page.evaluate(() => (window.location.hash = '#/sources'));
      await page.locator(SOURCES_READY).first().waitFor();
      bridge.take();
      opens.push(await page.evaluate(openArticle, [longId, 400] as [string, number]));
      openCalls.push(...bridge.take());
      plainOpens.push(await page.evaluate(openArticlePlain, longId));
    }
    ctx.log(`  400-paragraph article: ${opens.map(Math.round).join(', ')} ms`);

    const tagClicks = await measureTagClicks(s, longId, reps(ctx, 10, 4));
    ctx.log(`  tag click to chip: ${tagClicks.app.map(Math.round).join(', ')} ms`);
    const typing = await measureSearchTyping(page, bridge, await typingQueries(notebook, ctx.quick ? 50 : 200));
    ctx.log(`  keystroke to results: median ${Math.round(summarize(typing.app).median)} ms (plain ${Math.round(summarize(typing.plain).median)} ms) over ${typing.queries} queries`);
    const heapAtEnd = await heapMb(page);
    if (errors.length > 0) throw new Error(`The page raised errors: ${errors.slice(0, 3).join(' | ')}`);

    const nav = summarize(navs.map((n) => n.interactive));
    const dcl = summarize(navs.map((n) => n.dcl));
    const open = summarize(opens);
    const openPlain = summarize(plainOpens);
    const keystroke = summarize(typing.app);
    const keystrokeFloor = summarize(typing.plain);
    const tag = summarize(tagClicks.app);
    const tagFloor = summarize(tagClicks.plain);
    const long = (xs: number[]) => xs.filter((f) => f > LONG_FRAME_MS).length;
    const appLong = long(scroll.app.frames);
    const worst = (xs: number[]) => (xs.length > 0 ? Math.max(...xs) : 0);
    const sources = (await notebook.listSources({ limit: 1 })).total;
    return [
      {
        name: 'renderer.sources-interactive',
        value: nav.median,
        p95: nav.p95,
        unit: 'ms',
        baseline: { name: 'HTML+bundle loaded (DOMContentLoaded)', value: dcl.median, p95: dcl.p95 },
        note: `from navigation start to the first row of ${sources} sources painted; core time per load: ${describeCalls(navCalls, navs.length)}`,
      },
      {
        name: 'renderer.open-400-paragraph-article',
        value: open.median,
        p95: open.p95,
        unit: 'ms',
        baseline: { name: 'getSource + plain DOM of the same text', value: openPlain.median, p95: openPlain.p95 },
        note: `core time per open: ${describeCalls(openCalls, opens.length)}`,
      },
      {
        name: 'renderer.search.keystroke-to-results-painted',
        value: keystroke.median,
        p95: keystroke.p95,
        unit: 'ms',
        baseline: { name: 'the same search over the bridge + its snippets as plain DOM', value: keystrokeFloor.median, p95: keystrokeFloor.p95 },
        target: { pass: keystroke.p95 < KEYSTROKE_TARGET_MS, text: `p95 < ${KEYSTROKE_TARGET_MS} ms` },
        note: `${typing.queries} queries (the core search benchmark's), the last character typed into the search box, 50 results per answer; core time per keystroke: ${describeCalls(typing.calls, typing.queries)}`,
      },
      {
        name: 'renderer.tag-click-to-chip-painted',
        value: tag.median,
        p95: tag.p95,
        unit: 'ms',
        baseline: { name: 'tagParagraph over the bridge + one element painted', value: tagFloor.median, p95: tagFloor.p95 },
        target: { pass: tag.median < TAG_TARGET_MS, text: `< ${TAG_TARGET_MS} ms` },
        note: `in the 400-paragraph article, heavy notebook; core time per click: ${describeCalls(tagClicks.calls, tagClicks.app.length)}`,
      },
      {
        name: 'renderer.scroll-5000-tag-view.frames-over-50ms',
        value: appLong,
        unit: 'frames',
        baseline: { name: `plain static list of the same ${scroll.rows} paragraphs`, value: long(scroll.plain.frames) },
        target: { pass: appLong === 0, text: 'none' },
        note: `${scroll.app.frames.length} frames at ${SCROLL_STEP_PX} px/frame over ${Math.round(scroll.app.scrolledPx / 1000)}k px; ${scroll.app.placeholderFrames} frames showed a Loading… row`,
      },
      {
        name: 'renderer.scroll-5000-tag-view.worst-frame',
        value: worst(scroll.app.frames),
        p95: summarize(scroll.app.frames).p95,
        unit: 'ms',
        baseline: { name: 'plain static list', value: worst(scroll.plain.frames), p95: summarize(scroll.plain.frames).p95 },
      },
      {
        name: 'memory.renderer.js-heap',
        value: heapAtEnd,
        unit: 'MB',
        baseline: { name: 'at first paint of the sources', value: heapAtStart },
        note: 'after GC, having opened the long article, tagged and scrolled the tag view',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    await notebook.close();
  }
}
