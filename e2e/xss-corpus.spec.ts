// The XSS corpus (xss-payloads.ts) through every path where user or corpus text reaches a DOM: text
// blocks, analyst comments, headings, briefing titles, tag names, source details (as the corpus
// states them and as the user edits them), corpus paragraphs, search snippets, the sources filter,
// and the export HTML that the PDF is printed from. In real Chromium, under the app's real CSP: no
// trap is ever set, no request leaves the page, the CSP never has to step in, and every payload is
// either text exactly as written or sanitised markup with nothing active left in it.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { NotebookApi, NotebookMethod } from '../electron/shared/api';
import { markdownOverBudget } from '../electron/shared/markdown-budget';
import { expect, test } from './fixtures';
import { nav, nb, SOURCE } from './helpers';
import { fitting, ONE_LINE, PAYLOADS, REDOS, type XssPayload } from './xss-payloads';

test.use({ writableCorpus: true });

const XSS_SOURCE = 'xss-corpus';
/** Search words that start the corpus paragraphs: one per group of 40, within the search dialog's 50 hits. */
const marker = (i: number) => `zqx${String.fromCharCode(97 + Math.floor(i / 40))}`;
const paragraphText = (i: number) => `${marker(i)} ${ONE_LINE[i]?.text}`;
const joined = (list: readonly XssPayload[]) => list.map((p) => p.text).join(' ');
const CORPUS_META = { title: joined(fitting(300).slice(0, 4)), outlet: joined(ONE_LINE), author: joined(fitting(300).slice(4, 8)) };

interface Watch {
  /** Requests that went anywhere but the app's own origin. */
  leaks: string[];
  dialogs: string[];
  popups: string[];
}

/** Trap listeners in every document the page loads: the postMessage trap and CSP violations. */
function installTraps(target: Page | BrowserContext) {
  return target.addInitScript(() => {
    const w = window as unknown as { __xssMessage?: boolean; __cspViolations?: string[] };
    w.__cspViolations = [];
    window.addEventListener('message', (e) => {
      if (e.data === '__xss') w.__xssMessage = true;
    });
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

function watch(context: BrowserContext, allowed: (url: string) => boolean): Watch {
  const w: Watch = { leaks: [], dialogs: [], popups: [] };
  context.on('request', (r) => {
    // data: URLs are content, not a request that leaves the page.
    if (!allowed(r.url()) && !r.url().startsWith('data:')) w.leaks.push(r.url());
  });
  context.on('page', (p) => {
    w.popups.push(p.url());
    p.on('dialog', (d) => void d.dismiss());
  });
  for (const p of context.pages()) p.on('dialog', (d) => (w.dialogs.push(d.message()), void d.dismiss()));
  return w;
}

async function expectClean(page: Page, w: Watch, stage: string) {
  const state = await page.evaluate(() => {
    const win = window as unknown as { __xss?: unknown; __xssMessage?: boolean; __cspViolations?: string[] };
    return { trap: win.__xss ?? null, message: win.__xssMessage ?? false, violations: win.__cspViolations ?? ['(trap listeners missing)'] };
  });
  expect(state, `${stage}: no trap set, no CSP violation`).toEqual({ trap: null, message: false, violations: [] });
  expect(w.leaks, `${stage}: requests that left the page`).toEqual([]);
  expect(w.dialogs, `${stage}: dialogs`).toEqual([]);
  expect(w.popups, `${stage}: new windows`).toEqual([]);
}

/**
 * Whatever is active in the elements matching `selector`: tags that run, load or submit, event
 * handler and style attributes, and any URL that is not http(s), mailto or a fragment (src: embedded
 * images only). `markup` is false for the app's own chrome, where forms and inputs are the UI's.
 */
function activeParts(page: Page, selector: string, markup = true): Promise<string[]> {
  return page.evaluate(
    ([sel, strict]) => {
      const always = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'math', 'noscript', 'template', 'base', 'link', 'meta', 'style', 'xmp', 'video', 'audio', 'source', 'track', 'portal', 'animate', 'set'];
      // (<details> and <marquee> may stay in sanitised markup: with their handlers gone they only show text.)
      const inMarkup = ['svg', 'form', 'input', 'button', 'textarea', 'select', 'option'];
      const bad = new Set(strict ? [...always, ...inMarkup] : always);
      const badAttr = new Set(['srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'xlink:href', 'data', 'srcset', 'http-equiv', 'autofocus']);
      const out: string[] = [];
      const roots = [...document.querySelectorAll(sel)];
      if (roots.length === 0) out.push(`nothing matches ${sel}`);
      for (const root of roots) {
        for (const el of [root, ...root.querySelectorAll('*')]) {
          const tag = el.localName;
          if (bad.has(tag) && !(tag === 'script' && el.closest('head') && el.getAttribute('src')?.startsWith('./assets/'))) out.push(`<${tag}>`);
          for (const a of el.attributes) {
            const n = a.name.toLowerCase();
            if (n.startsWith('on') || badAttr.has(n) || (strict && n === 'style')) out.push(`${tag}[${n}]`);
            if (n === 'href' && !/^(https?:|mailto:|#)/i.test(a.value)) out.push(`${tag}[href=${a.value.slice(0, 60)}]`);
            if (n === 'src' && !/^data:image\//i.test(a.value) && !(tag === 'script' && a.value.startsWith('./assets/'))) out.push(`${tag}[src=${a.value.slice(0, 60)}]`);
          }
        }
      }
      return out;
    },
    [selector, markup] as const,
  );
}

/** Fires what inline handlers listen for on every element inside `selector`, without following links. */
function poke(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    for (const root of document.querySelectorAll(sel)) {
      for (const el of root.querySelectorAll('*')) {
        for (const type of ['mouseover', 'mouseenter', 'pointerover', 'mousedown', 'mouseup', 'focus', 'focusin', 'load', 'error', 'toggle', 'animationstart', 'begin']) {
          el.dispatchEvent(new Event(type, { bubbles: false }));
        }
        if (el instanceof HTMLElement && !el.closest('a')) el.click();
      }
    }
  }, selector);
}

/** Every text node's text under `selector`, one string per match: what a reader sees. */
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));

type Call = { [K in NotebookMethod]: [K, Parameters<NotebookApi[K]>[0]] }[NotebookMethod];

/** Many window.notebook calls, one after another, in one round trip to the page; throws on the first failure. */
async function nbSeq(page: Page, calls: Call[]): Promise<unknown[]> {
  return page.evaluate(async (list) => {
    type Envelope = { ok: boolean; value?: unknown; error?: { message: string } };
    const bridge = (window as unknown as { notebook: Record<string, (i: unknown) => Promise<Envelope>> }).notebook;
    const out: unknown[] = [];
    for (const [method, input] of list) {
      const r = await (bridge[method] as (i: unknown) => Promise<Envelope>)(input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error?.message}`);
      out.push(r.value);
    }
    return out;
  }, calls);
}

/** Packs payloads, joined by spaces, into slots of at most `cap` characters, first fit. */
function pack(list: readonly XssPayload[], slots: number, cap: number): { slots: string[]; rest: XssPayload[] } {
  const out = Array.from({ length: slots }, () => '');
  const rest: XssPayload[] = [];
  for (const p of list) {
    const i = out.findIndex((s) => (s ? s.length + 1 : 0) + p.text.length <= cap);
    if (i < 0) rest.push(p);
    else out[i] = out[i] ? `${out[i]} ${p.text}` : p.text;
  }
  return { slots: out, rest };
}

test('the XSS corpus stays inert on every path where its text reaches a DOM', async ({ page, app }) => {
  test.setTimeout(120_000);
  const origin = new URL(page.url()).origin;
  const w = watch(page.context(), (url) => url.startsWith(`${origin}/`));
  await installTraps(page);
  const go = async (hash: string) => {
    await page.goto(`${origin}/#${hash}`);
    await page.waitForLoadState('domcontentloaded');
  };
  const counted = { payloads: PAYLOADS.length, paths: [] as string[] };
  const covered = (path: string) => counted.paths.push(path);

  // A hostile corpus: one more source whose paragraphs and metadata are payloads.
  const corpusDir = app.corpusDir ?? '';
  await app.reopen(() => {
    const file = '900_xss-corpus.txt';
    writeFileSync(join(corpusDir, file), `${ONE_LINE.map((_, i) => paragraphText(i)).join('\n')}\n`);
    const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { sources: object[] };
    const kinds = Object.fromEntries(ONE_LINE.map((_, i) => [String(i + 1), 'body']));
    manifest.sources.push({ id: XSS_SOURCE, ...CORPUS_META, published: '', language: 'en', file, kinds });
    writeFileSync(join(corpusDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Corpus paragraphs and corpus metadata, in the reader.
  await go(`/reader/${XSS_SOURCE}`);
  await expect(page.locator('.para-text')).toHaveCount(ONE_LINE.length);
  expect(await texts(page, '#reader-heading')).toEqual([CORPUS_META.title]);
  expect(await texts(page, '.source-meta dd')).toEqual(expect.arrayContaining([CORPUS_META.outlet, CORPUS_META.author]));
  expect(await texts(page, '.para-text')).toEqual(ONE_LINE.map((_, i) => paragraphText(i)));
  covered('corpus paragraphs (reader)');
  covered('corpus metadata: title, outlet, author (reader)');

  // Tag names: chips in the reader, the tag picker, the tag tree, the tagged-paragraph list.
  // Tag names are unique regardless of case.
  const tagNames = [...new Map(fitting(80).map((p) => [p.text.trim().toLowerCase(), p.text.trim()])).values()];
  const made = (await nbSeq(page, tagNames.map((name): Call => ['createTag', { name }]))) as { id: string; name: string }[];
  expect(made.map((t) => t.name)).toEqual(tagNames);
  await nbSeq(page, made.map((t, i): Call => ['tagParagraph', { paragraphId: `${XSS_SOURCE}:p${i + 1}`, tagId: t.id }]));
  await page.reload();
  await expect(page.locator('.tag-chip-name')).toHaveCount(tagNames.length);
  expect((await texts(page, '.tag-chip-name')).sort()).toEqual([...tagNames].sort());
  covered('tag names (reader chips)');
  await page.getByRole('button', { name: 'Tag ¶ 1', exact: true }).click();
  await page.getByRole('combobox', { name: 'Tag ¶ 1' }).fill('<');
  const options = (await texts(page, '[role="option"]')).filter((o) => !o.startsWith('Create tag'));
  expect(options.length, 'existing tags offered').toBeGreaterThan(1);
  for (const o of options) expect(tagNames, 'each option is a tag name, as text').toContain(o);
  await page.keyboard.press('Escape');
  covered('tag names (tag picker options)');
  await nav(page, 'Tags').click();
  await expect(page.getByRole('tree', { name: 'Tags' })).toBeVisible();
  const tree = (await texts(page, '[role="tree"]'))[0] ?? '';
  for (const name of tagNames) expect(tree, 'the tag tree shows every name as text').toContain(name);
  await page.getByRole('tree', { name: 'Tags' }).getByRole('treeitem').first().click();
  await expect(page.locator('.tagged-row .tagged-main').first()).toBeVisible();
  const tagged = (await texts(page, '.tagged-row .tagged-main')).join('\n');
  expect(ONE_LINE.some((_, i) => tagged.includes(paragraphText(i))), 'the tagged paragraph, as text').toBe(true);
  covered('tag names (tag tree, tagged paragraphs)');
  expect(await activeParts(page, 'body', false), 'app chrome after tags').toEqual([]);
  await expectClean(page, w, 'tags');

  // Source details as the user edits them: once through the dialog, then every payload through
  // every field (title, outlet, author) of the bundled sources, a few rounds.
  await go(`/reader/${SOURCE.trt.id}`);
  await page.getByRole('button', { name: 'Edit source details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit source details' });
  const [t0, t1, t2] = fitting(300).filter((p) => p.text === p.text.trim()).slice(10, 13).map((p) => p.text);
  await dialog.getByLabel('Title').fill(t0 ?? '');
  await dialog.getByLabel('Outlet').fill(t1 ?? '');
  await dialog.getByLabel('Author').fill(t2 ?? '');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  expect(await texts(page, '#reader-heading')).toEqual([t0]);
  expect(await texts(page, '.source-meta dd')).toEqual(expect.arrayContaining([t1, t2]));
  covered('Edit source details dialog');

  const bundled = (await nb(page, 'listSources', { limit: 50 })).items.map((s) => s.id).filter((id) => id !== XSS_SOURCE);
  const FIELDS = [
    { key: 'title', cap: 300 },
    { key: 'outlet', cap: 2_000 },
    { key: 'author', cap: 300 },
  ] as const;
  const pending = FIELDS.map(() => [...ONE_LINE]);
  for (let round = 0; pending.some((list) => list.length > 0); round++) {
    expect(round, 'rounds of source edits').toBeLessThan(8);
    const patches = bundled.map(() => ({}) as Record<string, string>);
    FIELDS.forEach((f, k) => {
      const { slots, rest } = pack(pending[k] ?? [], bundled.length, f.cap);
      slots.forEach((s, i) => ((patches[i] as Record<string, string>)[f.key] = s));
      pending[k] = rest;
    });
    await nbSeq(page, bundled.map((id, i): Call => ['editSourceDetails', { id, patch: patches[i] ?? {} }]));
    await nav(page, 'Sources').click();
    const titles = patches.map((p) => p.title).filter((t): t is string => !!t);
    await expect(page.locator('.col-title a').first()).toBeVisible();
    const listed = await texts(page, '.col-title a');
    for (const t of titles) expect(listed).toContain(t);
    for (const [i, id] of bundled.entries()) {
      await go(`/reader/${id}`);
      const patch = patches[i] ?? {};
      await expect(page.locator('#reader-heading')).toHaveText(patch.title || /./);
      const meta = await texts(page, '.source-meta dd');
      for (const v of [patch.outlet, patch.author]) if (v) expect(meta).toContain(v);
    }
    expect(await activeParts(page, 'body', false), `app chrome after source edits, round ${round + 1}`).toEqual([]);
  }
  covered('edited source details: title, outlet, author (sources list, reader)');
  await expectClean(page, w, 'source details');

  // Briefings: titles and authors, headings, text blocks (markdown), quotes of the hostile corpus
  // with analyst comments.
  await nbSeq(page, fitting(300).slice(0, 30).map((p): Call => ['createBriefing', { title: p.text, author: p.text }]));
  const b = await nb(page, 'createBriefing', { title: fitting(300)[0]?.text ?? 'x', author: fitting(300)[1]?.text ?? 'x' });
  await nbSeq(page, [
    ...PAYLOADS.map((p): Call => ['addText', { briefingId: b.id, markdown: p.text }]),
    ...fitting(300).map((p): Call => ['addHeading', { briefingId: b.id, text: p.text }]),
    ...ONE_LINE.map((p, i): Call => ['addQuote', { briefingId: b.id, paragraphId: `${XSS_SOURCE}:p${i + 1}`, comment: p.text }]),
  ]);
  const started = Date.now();
  await go(`/briefings/${b.id}`);
  await page.reload(); // the briefings list was loaded before these were made
  const blocks = page.locator('.item-text .markdown');
  await expect(blocks).toHaveCount(PAYLOADS.length, { timeout: 20_000 });
  const renderMs = Date.now() - started;
  expect(renderMs, 'the briefing with every payload, marked ReDoS inputs included, renders quickly').toBeLessThan(15_000);
  await poke(page, '.item-text .markdown');
  expect(await activeParts(page, '.item-text .markdown'), 'text blocks are sanitised markup').toEqual([]);
  // A ReDoS input that marked still chokes on is shown as its text, rather than stalling or
  // crashing the renderer; the ones marked has fixed render as (sanitised) markdown.
  const blockTexts = await texts(page, '.item-text .markdown');
  for (const [i, p] of PAYLOADS.entries()) {
    if (!REDOS.includes(p)) continue;
    if (markdownOverBudget(p.text)) expect(blockTexts[i]?.replace(/\s+/g, ''), p.name).toBe(p.text.replace(/\s+/g, ''));
    else expect(blockTexts[i]?.trim(), p.name).not.toBe('');
  }
  covered('text blocks (markdown, briefing editor)');
  expect(await page.locator('.heading-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(fitting(300).map((p) => p.text));
  covered('headings (briefing editor)');
  expect(await page.locator('.comment-input').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toEqual(ONE_LINE.map((p) => p.text));
  covered('analyst comments (briefing editor)');
  expect(await texts(page, '.quote-text')).toEqual(ONE_LINE.map((_, i) => paragraphText(i)));
  expect(new Set(await texts(page, '.quote-cite a'))).toEqual(new Set([CORPUS_META.title]));
  covered('quoted corpus paragraphs and their source (briefing editor)');
  const listedBriefings = (await texts(page, '.briefing-list a')).join('\n');
  for (const p of fitting(300).slice(0, 30)) expect(listedBriefings).toContain(p.text);
  covered('briefing titles (briefings list)');
  expect(await activeParts(page, 'body', false), 'app chrome in the briefing').toEqual([]);
  await expectClean(page, w, 'briefing');

  // Search snippets over the hostile corpus: each shown exactly as the parts the core returned.
  for (const word of [...new Set(ONE_LINE.map((_, i) => marker(i)))]) {
    const expected = await nb(page, 'search', { text: word, limit: 50 });
    expect(expected.hits.length).toBeGreaterThan(0);
    await nav(page, 'Sources').click();
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.getByLabel('Search the corpus').fill(word);
    const hits = page.getByRole('list', { name: 'Search results' }).locator('.search-hit');
    await expect(hits).toHaveCount(expected.hits.length);
    const shown = await texts(page, '.search-hit .hit-snippet');
    expect(shown).toEqual(expected.hits.map((h) => h.snippet.map((s) => s.text).join('')));
    expect(new Set(await texts(page, '.search-hit .hit-title'))).toEqual(new Set([CORPUS_META.title]));
    expect(await activeParts(page, '.search-results', false)).toEqual([]);
    await page.keyboard.press('Escape');
  }
  covered('search snippets and hit sources (search dialog)');

  // The sources filter repeats what was typed when nothing matches.
  // (Words no source holds, or the edited titles with the same payload would match.)
  const typed = `${fitting(300).find((p) => p.name === 'img onerror')?.text} no such source`;
  await page.getByPlaceholder('Filter by title or outlet').fill(typed);
  await expect(page.getByText(`No sources match “${typed}”.`, { exact: true })).toBeVisible();
  covered('sources filter (empty state)');
  await expectClean(page, w, 'search and filter');

  // The export HTML (the document the PDF is printed from), opened in a page of its own: as exported,
  // with its own CSP, and with that CSP taken out so that only the sanitiser stands in the way.
  const { content: html } = await nb(page, 'previewExport', { briefingId: b.id, format: 'html' });
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const EXPORT_URL = 'http://export.test/briefing.html';
  for (const [label, doc] of [
    ['export HTML', html],
    ['export HTML without its CSP', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')],
  ] as const) {
    expect(doc.includes('Content-Security-Policy'), label).toBe(label === 'export HTML');
    const context = await browser.newContext();
    try {
      const exported = await context.newPage();
      const ew = watch(context, (url) => url === EXPORT_URL);
      await context.route('**/*', (route) =>
        route.request().url() === EXPORT_URL ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: doc }) : route.abort('blockedbyclient'),
      );
      await installTraps(exported);
      await exported.goto(EXPORT_URL);
      await poke(exported, 'body');
      await exported.waitForTimeout(200);
      expect(await activeParts(exported, 'body'), `${label}: body`).toEqual([]);
      expect(await texts(exported, 'h1'), `${label}: title`).toEqual([fitting(300)[0]?.text]);
      expect(await texts(exported, 'main h2'), `${label}: headings`).toEqual(fitting(300).map((p) => p.text));
      // Each quote's text, less its note number.
      const quotes = await exported.locator('figure.quote blockquote').evaluateAll((els) =>
        els.map((e) => {
          const copy = e.cloneNode(true) as Element;
          copy.querySelectorAll('sup.note-ref').forEach((sup) => sup.remove());
          return copy.textContent ?? '';
        }),
      );
      expect(quotes, `${label}: quotes`).toEqual(ONE_LINE.map((_, i) => paragraphText(i)));
      expect(await exported.locator('main .text').count(), `${label}: text blocks`).toBeGreaterThan(PAYLOADS.length / 2);
      expect(await exported.locator('figure.quote .comment').count(), `${label}: comments`).toBe(ONE_LINE.length);
      await expectClean(exported, ew, label);
    } finally {
      await context.close();
    }
  }
  covered('export HTML / PDF source: title, author, headings, text blocks, quotes, comments, notes, bibliography');

  await expectClean(page, w, 'the end');
  console.log(`[xss corpus] ${counted.payloads} payloads (${ONE_LINE.length} one-line, ${REDOS.length} ReDoS/OOM), ${counted.paths.length} paths: ${counted.paths.join('; ')}`);
});
