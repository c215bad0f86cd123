// Code that runs inside the page. Each function is serialised by Playwright, so it uses nothing
// from this module's scope; `installProbes` (an init script) gives the others `window.__bench`.
// Times are performance.now() in the page: milliseconds since the navigation started.

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(fn, "name")`.
 * The page has no such helper, so every page that runs these functions gets this one first.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export interface BenchProbes {
  /** Resolves just after the next frame is painted: a rAF callback runs before the paint, a message posted from it after. */
  painted(): Promise<number>;
  /** Resolves once `check()` holds, checking after every DOM change (attributes too). */
  until(check: () => boolean): Promise<void>;
  /** When the sources table first showed a real row, painted. */
  interactiveAt?: number;
  /** Set by armKeystroke: ms from the next keydown to the paint of the results it asked for. */
  keystroke?: Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

export function installProbes(readySelector: string): void {
  const painted = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      if (check()) return resolve();
      const mo = new MutationObserver(() => {
        if (!check()) return;
        mo.disconnect();
        resolve();
      });
      mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  const probes: BenchProbes = { painted, until };
  window.__bench = probes;
  void until(() => document.querySelector(readySelector) !== null)
    .then(painted)
    .then((t) => (probes.interactiveAt = t));
}

/** Navigates by hash to the reader and resolves with the ms until `expected` paragraphs are painted. */
export function openArticle([sourceId, expected]: [string, number]): Promise<number> {
  const t0 = performance.now();
  const done = window.__bench
    .until(() => (document.querySelector('ol.paragraphs')?.children.length ?? 0) >= expected)
    .then(() => window.__bench.painted());
  window.location.hash = `#/reader/${encodeURIComponent(sourceId)}`;
  return done.then((t) => t - t0);
}

/** The floor for opening: fetch the same source over the bridge and put its text in the DOM. */
export async function openArticlePlain(sourceId: string): Promise<number> {
  const t0 = performance.now();
  const nb = (window as unknown as { notebook: Record<string, (input: unknown) => Promise<{ ok: boolean; value: { paragraphs: { n: number; text: string }[] } }>> }).notebook;
  const r = await nb.getSource?.({ id: sourceId });
  if (!r?.ok) throw new Error(`getSource ${sourceId} failed`);
  const ol = document.createElement('ol');
  for (const p of r.value.paragraphs) {
    const li = document.createElement('li');
    const text = document.createElement('p');
    text.textContent = p.text;
    li.append(`¶ ${p.n}`, text);
    ol.append(li);
  }
  document.body.append(ol);
  const t = await window.__bench.painted();
  ol.remove();
  return t - t0;
}

/** Clicks the first tag option offered on a paragraph whose tag box is open; ms until the new chip is painted. */
export function chooseTag(paragraphElementId: string): Promise<number> {
  const li = document.getElementById(paragraphElementId);
  const option = li?.querySelector<HTMLElement>('[role="option"]');
  if (!li || !option) return Promise.reject(new Error(`No open tag box on #${paragraphElementId}`));
  const before = li.querySelectorAll('.tag-chip').length;
  const t0 = performance.now();
  const done = window.__bench.until(() => li.querySelectorAll('.tag-chip').length > before).then(() => window.__bench.painted());
  option.click();
  return done.then((t) => t - t0);
}

/** The floor for tagging: the same call over the bridge, then one element added and painted. */
export async function tagPlain([paragraphId, tagId]: [string, string]): Promise<number> {
  const t0 = performance.now();
  const nb = (window as unknown as { notebook: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).notebook;
  const r = await nb.tagParagraph?.({ paragraphId, tagId });
  if (!r?.ok) throw new Error(`tagParagraph ${paragraphId} failed`);
  const chip = document.createElement('span');
  chip.textContent = tagId;
  document.body.append(chip);
  const t = await window.__bench.painted();
  chip.remove();
  return t - t0;
}

export interface ScrollResult {
  /** ms between consecutive frames. */
  frames: number[];
  /** Frames in which some visible row was still a "Loading…" placeholder. */
  placeholderFrames: number;
  scrolledPx: number;
}

/**
 * Scrolls `selector` by `step` px every frame until the end (or `maxFrames`), recording each
 * frame's interval. Rows matching `placeholder` that are on screen are counted as not ready.
 */
export function scrollFrames([selector, step, maxFrames, placeholder]: [string, number, number, string]): Promise<ScrollResult> {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return Promise.reject(new Error(`Nothing matches ${selector}`));
  return new Promise((resolve) => {
    const frames: number[] = [];
    let placeholderFrames = 0;
    let last = 0;
    const box = el.getBoundingClientRect();
    const onScreenPlaceholder = () =>
      [...el.querySelectorAll(placeholder)].some((p) => {
        const r = p.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      });
    const tick = (now: number) => {
      if (last > 0) frames.push(now - last);
      last = now;
      if (onScreenPlaceholder()) placeholderFrames++;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || frames.length >= maxFrames) {
        resolve({ frames, placeholderFrames, scrolledPx: el.scrollTop });
        return;
      }
      el.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Arms a measurement of the search box: from the next keydown (its event time) until the results
 * for `query` are painted. The search dialog marks which text its results answer (data-query).
 */
export function armKeystroke(query: string): void {
  window.__bench.keystroke = new Promise<number>((resolve) => {
    const onKey = (e: KeyboardEvent) => {
      window.removeEventListener('keydown', onKey, true);
      const t0 = e.timeStamp;
      void window.__bench
        .until(() => document.querySelector<HTMLElement>('.search-count')?.dataset.query === query)
        .then(() => window.__bench.painted())
        .then((t) => resolve(t - t0));
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/** The floor for search: the same call over the bridge, its snippets put in the DOM as plain text and painted. */
export async function searchPlain(query: string): Promise<number> {
  const t0 = performance.now();
  type Hit = { snippet: { text: string }[] };
  const nb = (window as unknown as { notebook: Record<string, (input: unknown) => Promise<{ ok: boolean; value: { hits: Hit[] } }>> }).notebook;
  const r = await nb.search?.({ text: query, limit: 50 });
  if (!r?.ok) throw new Error(`search "${query}" failed`);
  const ul = document.createElement('ul');
  for (const hit of r.value.hits) {
    const li = document.createElement('li');
    li.textContent = hit.snippet.map((part) => part.text).join('');
    ul.append(li);
  }
  document.body.append(ul);
  const t = await window.__bench.painted();
  ul.remove();
  return t - t0;
}
