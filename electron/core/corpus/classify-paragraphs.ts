import type { ParagraphKind } from '../../shared/types';
import { normaliseWhitespace } from './hash-text';
import {
  authorNames,
  isBoilerplate,
  isCaption,
  isCreditLine,
  isDateLine,
  isHeadlineLike,
  isRelatedLinksLabel,
  mentionsAuthor,
} from './paragraph-patterns';

/** A standfirst is a one-line summary; a longer first paragraph after the headline is body. */
const STANDFIRST_MAX = 250;

export interface ClassifyHints {
  /** The article's title from the manifest; "" when the text shows none. */
  title: string;
  /** The article's author from the manifest; "" when the text shows none. */
  author: string;
  /** Paragraph number (1-based, as a string) → kind, for what the heuristics get wrong. */
  overrides?: Readonly<Record<string, ParagraphKind>>;
}

/**
 * Kinds for an article's paragraphs, in order. Order of the checks matters: a line equal to the
 * title wins, then page furniture (boilerplate), then photo credits (which often hold a date),
 * then bylines and datelines, then a short line right after a title is its standfirst.
 */
export function classifyParagraphs(texts: readonly string[], hints: ClassifyHints): ParagraphKind[] {
  const title = normaliseWhitespace(hints.title);
  const names = authorNames(hints.author);
  const kinds: ParagraphKind[] = [];
  let previous: ParagraphKind | null = null;
  let afterRelatedLabel = false;
  texts.forEach((text, i) => {
    const override = hints.overrides?.[String(i + 1)];
    let kind: ParagraphKind;
    if (override) kind = override;
    else if (title !== '' && normaliseWhitespace(text) === title) kind = 'title';
    else if (isBoilerplate(text) || (afterRelatedLabel && isHeadlineLike(text))) kind = 'boilerplate';
    else if (isCaption(text)) kind = 'caption';
    else if (isDateLine(text) || isCreditLine(text) || mentionsAuthor(text, names)) kind = 'byline';
    else if (previous === 'title' && text.length <= STANDFIRST_MAX) kind = 'standfirst';
    else kind = 'body';
    afterRelatedLabel = isRelatedLinksLabel(text);
    previous = kind;
    kinds.push(kind);
  });
  return kinds;
}
