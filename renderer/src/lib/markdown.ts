// User markdown reaches the DOM only through here: marked renders it, DOMPurify strips anything
// active (scripts, event handlers, javascript: URLs, SVG/MathML), and links open outside the app.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { markdownOverBudget, plainTextHtml } from '../api/contract';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// Raw HTML in user markdown is shown as text. Handing it to DOMPurify would be safe, but Chromium
// still reports a CSP violation for every inline handler it parses, even in an inert document.
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  }
  // Only embedded images show: a remote or file: image would be a request out of the app (the CSP
  // blocks it too, but the sanitiser should not rely on that). Its alt text stays.
  if (node.tagName === 'IMG' && !/^data:image\//i.test(node.getAttribute('src') ?? '')) {
    node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute('alt') ?? ''));
  }
});

export function renderMarkdown(markdown: string): string {
  // Input that would overflow or stall marked is shown as escaped text (see markdown-budget.ts).
  if (markdownOverBudget(markdown)) return plainTextHtml(markdown);
  const html = marked.parse(markdown) as string;
  return purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}
