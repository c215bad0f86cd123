// Checks a .csl file before Dossier keeps it. citeproc-js itself accepts almost anything (an
// unclosed tag, a style with no <citation>) and fails later, so the XML is checked here first.
import { NotebookError } from '../../shared/result';
import { decodeEntities } from './html-entities';

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';
export const MAX_STYLE_BYTES = 1_000_000;

export interface CslStyleFile {
  /** A file-name-safe id derived from the style's <id> (or its title). */
  id: string;
  title: string;
  /** The style's default-locale, if it names one. */
  locale: string | undefined;
  xml: string;
}

const invalid = (label: string, why: string) =>
  new NotebookError('INVALID_INPUT', `"${label}" is not a usable CSL style: ${why}.`);

/** "http://www.zotero.org/styles/ieee" → "ieee"; "Harvard (Cite Them Right)" → "harvard-cite-them-right". */
export function styleIdFrom(text: string): string {
  const lastSegment = text.replace(/[/:#]+$/, '').split(/[/:#]/).pop() ?? '';
  return lastSegment
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/**
 * Parses and checks a CSL 1.0.x independent style: well-formed XML, a <style> root in the CSL
 * namespace, a class, a title and a <citation> layout, and no independent-parent link.
 */
export async function parseCslStyle(xml: string, label: string): Promise<CslStyleFile> {
  if (Buffer.byteLength(xml, 'utf8') > MAX_STYLE_BYTES) {
    throw invalid(label, `it is larger than ${MAX_STYLE_BYTES / 1_000_000} MB`);
  }
  // jsdom is large; only adding a style needs it.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('');
  try {
    const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
    const root = doc.documentElement;
    if (root.localName === 'parsererror') {
      throw invalid(label, `it is not well-formed XML (${(root.textContent ?? '').trim()})`);
    }
    if (root.localName !== 'style' || root.namespaceURI !== CSL_NAMESPACE) {
      throw invalid(label, `its root element is not <style xmlns="${CSL_NAMESPACE}">`);
    }
    if (!(root.getAttribute('version') ?? '').startsWith('1.0')) {
      throw invalid(label, 'it does not declare version="1.0" (CSL 1.0.x)');
    }
    if (!['in-text', 'note'].includes(root.getAttribute('class') ?? '')) {
      throw invalid(label, 'its class is neither "in-text" nor "note"');
    }
    const child = (parent: Element, name: string) =>
      Array.from(parent.children).find((c) => c.localName === name && c.namespaceURI === CSL_NAMESPACE);
    const info = child(root, 'info');
    const title = (info && child(info, 'title')?.textContent?.replace(/\s+/g, ' ').trim()) || '';
    if (!info || !title) throw invalid(label, 'it has no <info><title>');
    const parent = Array.from(info.children).find(
      (c) => c.localName === 'link' && c.getAttribute('rel') === 'independent-parent',
    );
    if (parent) {
      throw invalid(
        label,
        `it is a dependent style that only points at ${parent.getAttribute('href') ?? 'another style'}; add that independent style instead`,
      );
    }
    const citation = child(root, 'citation');
    if (!citation || !child(citation, 'layout')) throw invalid(label, 'it has no <citation> with a <layout>');
    const id = styleIdFrom(child(info, 'id')?.textContent?.trim() ?? '') || styleIdFrom(title);
    if (!id) throw invalid(label, 'neither its <id> nor its title gives a usable name');
    return { id, title, locale: root.getAttribute('default-locale') || undefined, xml };
  } finally {
    window.close();
  }
}

/**
 * The title and default-locale of a style that was checked when it was added, read without an
 * XML parser so that listing styles at start-up stays cheap. Undefined if it is not a CSL style.
 */
export function peekCslStyle(xml: string): { title: string; locale: string | undefined } | undefined {
  const root = /<style\b[^>]*>/.exec(xml)?.[0];
  if (!root?.includes(CSL_NAMESPACE)) return undefined;
  const titleXml = /<info\b[^>]*>[\s\S]*?<title\b[^>]*>([\s\S]*?)<\/title>/.exec(xml)?.[1];
  const title = titleXml && decodeEntities(titleXml.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  return { title, locale: /\sdefault-locale="([^"]+)"/.exec(root)?.[1] };
}
