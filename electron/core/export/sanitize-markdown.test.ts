import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { markdownToSafeHtml } from './sanitize-markdown';

/** Every element and attribute of a fragment, for checks that do not depend on serialisation. */
function inspect(fragmentHtml: string) {
  const { document } = new JSDOM(`<body>${fragmentHtml}</body>`).window;
  const elements = Array.from(document.body.querySelectorAll('*'));
  return {
    tags: elements.map((e) => e.localName),
    attributes: elements.flatMap((e) => Array.from(e.attributes).map((a): [string, string, string] => [e.localName, a.name, a.value])),
    text: document.body.textContent ?? '',
  };
}

const HOSTILE: Record<string, string> = {
  script: 'Intro <script>alert(1)</script> outro',
  imgOnerror: '<img src=x onerror="alert(1)">',
  javascriptLink: '[click me](javascript:alert(1)) and <a href="JaVaScRiPt:alert(2)">raw</a>',
  iframe: '<iframe src="https://evil.test/"></iframe> and <iframe srcdoc="<script>alert(1)</script>"></iframe>',
  svgOnload: '<svg onload="alert(1)"><circle r="5"/></svg> and <svg><script>alert(2)</script></svg>',
  objectEmbed: '<object data="https://evil.test/x.swf"></object><embed src="https://evil.test/y">',
  styleAndForm: '<style>body{display:none}</style><form action="https://evil.test"><input name="x"><button>go</button></form>',
  inlineStyle: '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:white">cover</p>',
  metaRefresh: '<meta http-equiv="refresh" content="0;url=https://evil.test"><base href="https://evil.test/">',
  anchorClobber: '<a id="note-1" name="note-1" href="#x">fake note</a><div class="notes">fake</div>',
  dataHtmlLink: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
};

test('hostile markdown is made inert', () => {
  for (const [name, md] of Object.entries(HOSTILE)) {
    const { tags, attributes } = inspect(markdownToSafeHtml(md));
    for (const bad of ['script', 'iframe', 'svg', 'object', 'embed', 'style', 'form', 'input', 'button', 'meta', 'base', 'circle']) {
      assert.ok(!tags.includes(bad), `${name}: <${bad}> survived`);
    }
    for (const [tag, attr, value] of attributes) {
      assert.doesNotMatch(attr, /^on/i, `${name}: ${tag}[${attr}]`);
      assert.ok(!['style', 'id', 'name', 'class', 'srcdoc'].includes(attr), `${name}: ${tag}[${attr}]`);
      if (attr === 'href' || attr === 'src') assert.match(value, /^(https?:|mailto:|#|data:image\/)/i, `${name}: ${tag}[${attr}=${value}]`);
    }
  }
});

test('the words around removed markup are kept', () => {
  assert.equal(inspect(markdownToSafeHtml(HOSTILE.script as string)).text.trim(), 'Intro  outro');
  assert.equal(inspect(markdownToSafeHtml(HOSTILE.javascriptLink as string)).text.trim(), 'click me and raw');
});

test('ordinary markdown survives: emphasis, lists, tables, quotes, code and web links', () => {
  const md = '**bold** *it* `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n[site](https://example.org/x) <mailto:desk@example.org>';
  const { tags, attributes } = inspect(markdownToSafeHtml(md));
  for (const tag of ['strong', 'em', 'code', 'ul', 'li', 'table', 'td', 'blockquote', 'a']) assert.ok(tags.includes(tag), tag);
  assert.deepEqual(
    attributes.filter(([, a]) => a === 'href').map(([, , v]) => v),
    ['https://example.org/x', 'mailto:desk@example.org'],
  );
});

test('embedded images stay; remote images give way to their alt text', () => {
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const kept = inspect(markdownToSafeHtml(`![dot](${pixel})`));
  assert.deepEqual(kept.attributes.find(([t, a]) => t === 'img' && a === 'src')?.[2], pixel);
  const remote = inspect(markdownToSafeHtml('![tracking pixel](https://evil.test/p.gif)'));
  assert.ok(!remote.tags.includes('img'));
  assert.equal(remote.text.trim(), 'tracking pixel');
});

test('markdown that would overflow or stall marked, jsdom or DOMPurify is printed quickly, as escaped text', () => {
  const longest = 200_000;
  const fill = (unit: string) => unit.repeat(Math.floor(longest / unit.length));
  const costly = [
    fill('>'), // overflows marked's stack (markedjs/marked#1462)
    fill('+ '),
    `${fill('a').slice(1)}@`, // quadratic e-mail scan (markedjs/marked#1460)
    fill('**_* '), // quadratic emphasis delimiters (markedjs/marked#4099's shape)
    fill('!'),
    fill('<div>'), // jsdom and DOMPurify are quadratic in depth
    `${fill('>').slice(300)}<img src=x onerror=alert(1)>`,
  ];
  for (const md of costly) {
    const t = performance.now();
    const html = markdownToSafeHtml(md);
    const ms = performance.now() - t;
    assert.ok(ms < 1_000, `${md.slice(0, 12)}… took ${Math.round(ms)} ms`);
    const { tags, text } = inspect(html);
    assert.deepEqual([...new Set(tags)].filter((t) => t !== 'p' && t !== 'br'), [], md.slice(0, 12));
    assert.equal(text.replace(/\n/g, ''), md.replace(/\n/g, ''), 'the text is kept, as text');
  }
});
