import { hash } from 'node:crypto';

// Most paragraphs have only single spaces, so the replace (the costliest step when loading
// 200,000 paragraphs) is skipped unless some other whitespace is present.
// The class spells out JavaScript's \s minus the plain space; it runs faster than [^\S ].
const OTHER_WHITESPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Collapses every run of whitespace (JavaScript's \s, which includes U+00A0 and the other
 * Unicode spaces) to one space and trims. Hashes are taken over this form so that a re-typeset
 * copy of an article (different spacing, NBSPs) still re-anchors the same references.
 */
export function normaliseWhitespace(text: string): string {
  const trimmed = text.trim();
  return OTHER_WHITESPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** First 16 hex chars of the sha-256 of the whitespace-normalised text. */
export function hashText(text: string): string {
  return hash('sha256', normaliseWhitespace(text), 'hex').slice(0, 16);
}
