/**
 * Every non-blank line is one paragraph, in reading order. A line of only whitespace (NBSPs
 * included: JavaScript's trim removes them) is blank. Each paragraph is trimmed at both ends;
 * the inside is kept byte for byte so quotes can be checked against the corpus verbatim.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== '') out.push(trimmed);
  }
  return out;
}
