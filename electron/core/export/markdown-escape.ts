// Corpus text and titles are data, not markdown. These escapes keep any text literal in
// GitHub-flavoured markdown: it can neither open a construct (emphasis, link, HTML, code, table,
// footnote) nor start a block (heading, list, quote, thematic break, setext underline, code).

/** Backslash-escapes every character that can open an inline construct. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes what would make an (already inline-escaped) line start a block. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^([#>=+:-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * One paragraph of literal text as markdown lines: leading/trailing whitespace is dropped (it
 * would make code blocks or hard breaks) and each line is escaped. Never returns an empty list.
 */
export function literalLines(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\t/g, ' ').trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? lines.map((l) => escapeLineStart(escapeInline(l))) : [''];
}

/** A single line of literal text, e.g. a heading: newlines become spaces, "#" is escaped too. */
export function literalLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim()).replace(/#/g, '\\#');
}
