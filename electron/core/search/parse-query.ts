// The search box language: words (all must match), "quoted phrases" (must occur verbatim after
// folding), and a prefix on the last word while the user is still typing it.
import { terms as foldTerms } from './tokenize';

export interface ParsedQuery {
  /** Folded words that must all occur. */
  terms: string[];
  /** Folded token sequences, space-joined, that must occur in this order with nothing between. */
  phrases: string[];
  /** The last word, still being typed: matches any word that starts with it. */
  prefix?: string;
}

// Typographic double quotes delimit phrases like the straight one does.
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/g;
const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

/**
 * A bare word that folds to several tokens ("Russia’s", "e-mail", "U.S.") is a phrase, so it
 * matches the same spelling, not its parts scattered through the paragraph.
 */
export function parseQuery(text: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[] = [];
  let prefix: string | undefined;
  const addTokens = (tokens: string[]) => {
    if (tokens.length === 1) terms.push(tokens[0] as string);
    else if (tokens.length > 1) phrases.push(tokens.join(' '));
  };

  const parts = text.replace(DOUBLE_QUOTES, '"').split('"');
  parts.forEach((part, i) => {
    // Odd parts are inside quotes; an unclosed quote runs to the end of the query.
    if (i % 2 === 1) return addTokens(foldTerms(part));
    const words = part.split(/\s+/).filter(Boolean);
    words.forEach((word, w) => {
      const tokens = foldTerms(word);
      const typing = i === parts.length - 1 && w === words.length - 1 && ENDS_IN_WORD.test(text);
      if (typing && tokens.length === 1) prefix = tokens[0];
      else addTokens(tokens);
    });
  });

  const result: ParsedQuery = { terms: [...new Set(terms)], phrases: [...new Set(phrases)] };
  if (prefix !== undefined) result.prefix = prefix;
  return result;
}

/** True when the query can match nothing because it has nothing to look for. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0 && q.phrases.length === 0 && q.prefix === undefined;
}
