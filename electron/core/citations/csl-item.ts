// SourceMeta → CSL-JSON. Only what the source shows goes in: an empty field stays absent, so the
// style (not this code) decides how a citation reads without it.
import type { CslItem } from '@citation-js/core';
import type { SourceMeta } from '../../shared/types';
import { parseAuthorNames } from './author-names';

/** What a source without a title is called, in every style. */
export const UNTITLED_DESCRIPTION = 'Untitled article';

/**
 * How an untitled source reaches the style: as a `genre` description, which the bundled styles
 * print unquoted (Chicago) or in brackets (APA), or as a `title` for user styles, which may
 * ignore `genre` and would otherwise cite the source by nothing at all.
 */
export type UntitledAs = 'genre' | 'title';

const clean = (s: string): string => s.replace(/[^\S\u00A0]+/g, ' ').trim();

const SHORT_TITLE_WORDS = 4;
const TRAILING_FUNCTION_WORD =
  /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|from|by|with|as|into|onto|over|under|about|after|before|is|are|was|were|be|its|their|his|her|what|how|why|who)$/i;

/**
 * Chicago's short title: at most four words of the title, with no leading article and
 * no dangling function word or punctuation. Undefined when the title is already short.
 */
export function shortTitle(title: string): string | undefined {
  const words = clean(title).split(' ');
  if (words[0] && /^(?:a|an|the)$/i.test(words[0]) && words.length > 1) words.shift();
  if (words.length <= SHORT_TITLE_WORDS) return undefined;
  const kept = words.slice(0, SHORT_TITLE_WORDS);
  const stripped = (w: string) => w.replace(/[\s,;:.!?–—-]+$/u, '');
  while (kept.length > 1 && TRAILING_FUNCTION_WORD.test(stripped(kept[kept.length - 1] as string))) kept.pop();
  const short = stripped(kept.join(' '));
  return short || undefined;
}

function parseIsoDate(published: string): { 'date-parts': number[][] } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(clean(published));
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  return { 'date-parts': [parts] };
}

export function toCslItem(source: SourceMeta, untitledAs: UntitledAs): CslItem {
  const item: CslItem = { id: source.id, type: 'article-newspaper' };
  const title = clean(source.title);
  if (title) {
    item.title = title;
    const short = shortTitle(title);
    if (short) item['title-short'] = short;
  } else if (untitledAs === 'genre') {
    item.genre = UNTITLED_DESCRIPTION;
  } else {
    item.title = UNTITLED_DESCRIPTION;
  }
  const outlet = clean(source.outlet);
  if (outlet) item['container-title'] = outlet;
  const author = parseAuthorNames(source.author);
  if (author.length > 0) item.author = author;
  const issued = parseIsoDate(source.published);
  if (issued) item.issued = issued;
  const url = clean(source.url);
  if (/^https?:\/\//i.test(url)) item.URL = url;
  const language = clean(source.language);
  if (language) item.language = language;
  return item;
}
