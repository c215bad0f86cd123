// Checks that every quoted phrase occurs in a paragraph. This runs on every candidate of a phrase
// query (the total must be exact), so the common case (a paragraph whose letters are all ASCII)
// uses one native regex per phrase instead of folding the whole text.
import { foldedText, hasOnlyAsciiWords } from './tokenize';

const ASCII_TERM = /^[a-z0-9]+$/;

/** `phrases` are folded, space-joined token sequences (ParsedQuery.phrases). */
export function phraseMatcher(phrases: readonly string[]): (text: string) => boolean {
  const padded = phrases.map((p) => ` ${p} `);
  const asciiOnly = phrases.every((p) => p.split(' ').every((t) => ASCII_TERM.test(t)));
  // Token boundaries in an ASCII-word text: anything that is not an ASCII letter or digit.
  const regexes = asciiOnly ? phrases.map((p) => new RegExp(`(?<![a-z0-9])${p.split(' ').join('[^a-z0-9]+')}(?![a-z0-9])`, 'i')) : [];
  return (text) => {
    if (asciiOnly && hasOnlyAsciiWords(text)) return regexes.every((r) => r.test(text));
    const folded = foldedText(text);
    return padded.every((p) => folded.includes(p));
  };
}
