// The author field is free text, as the article shows it ("Melis Alemdar", "Reuters",
// "Jane Doe and John Smith", "Doe, Jane"). CSL needs structured names so a style can invert and
// shorten them; anything that does not look like a personal name is kept whole as a literal.
import type { CslName } from '@citation-js/core';

/** Words that mark a byline as an organisation or a desk rather than a person. */
const ORGANISATION_WORDS =
  /\b(?:agency|agencies|associated|bureau|correspondents?|desk|editors?|editorial|network|news|newsroom|online|press|reporters?|service|staff|team|times|wire|world)\b/i;

const normalise = (s: string): string => s.replace(/[^\S\u00A0]+/g, ' ').trim();

function parseOne(name: string): CslName {
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (inverted?.[1] && inverted[2]) return { family: inverted[1].trim(), given: inverted[2].trim() };
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4 || ORGANISATION_WORDS.test(name)) return { literal: name };
  const family = words.pop() as string;
  return { family, given: words.join(' ') };
}

/** Splits "A and B", "A & B", "A; B" and "A, B, and C" into CSL names; "" gives []. */
export function parseAuthorNames(author: string): CslName[] {
  const text = normalise(author);
  if (!text) return [];
  const byConjunction = text.split(/\s*;\s*|\s*,?\s+(?:and|&)\s+/).filter(Boolean);
  const parts = byConjunction.flatMap((part) => {
    // "Doe, Jane" is one inverted name; "Jane Doe, John Smith" is a list of two.
    const pieces = part.split(/\s*,\s*/);
    return pieces.length > 1 && pieces.every((p) => p.includes(' ')) ? pieces : [part];
  });
  return parts.map(parseOne);
}
