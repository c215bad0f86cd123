// User markdown (text blocks, analyst comments) becomes HTML only through marked and then
// DOMPurify. The result goes into a print document, so it is held to a small, inert subset: no
// scripts, no frames, no forms, no styles, no ids that could clash with the note anchors, links
// only to http(s) and mailto, and images only when they are embedded data.
import createDOMPurify from 'dompurify';
import type { DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { markdownOverBudget, plainTextHtml } from '../../shared/markdown-budget';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const FORBID_TAGS = [
  'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'source', 'track', 'picture', 'template',
];

let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  // One window for the life of the process: making one costs far more than sanitising.
  const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // A remote image could not load anyway (the print page blocks requests); keep its words instead.
    if (node.nodeName === 'IMG' && !/^data:image\//i.test(node.getAttribute('src') ?? '')) {
      node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute('alt') ?? ''));
    }
  });
  purifier = purify;
  return purify;
}

/** Markdown → sanitised HTML fragment. */
export function markdownToSafeHtml(markdown: string): string {
  // Input that would overflow or stall marked, jsdom or DOMPurify is printed as escaped text.
  if (markdownOverBudget(markdown)) return plainTextHtml(markdown);
  const html = marked.parse(markdown) as string;
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'class', 'id', 'name', 'target'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
