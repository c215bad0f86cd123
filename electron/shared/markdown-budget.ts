// Some markdown costs far more to render than its length suggests. marked's block tokenizers recurse
// once per nesting level, so ">" × 2,000 (or "+ " × 2,000) overflows the stack and throws; its inline
// lexer is quadratic in a run of "!", "_" or "*" without a space, in a run of e-mail characters before
// "@", and in the emphasis delimiters of one block ("**_* " × 2,000 takes a second, × 40,000 minutes);
// jsdom and DOMPurify are quadratic in the depth of raw HTML ("<div>" × 10,000 takes minutes, in main).
// No note an analyst writes comes near these bounds. Past them the text is shown as plain text,
// escaped, instead of being parsed: the UI and the export use the same rule. Each check is one pass.

export const MARKDOWN_BUDGET = {
  /**
   * How deep one line nests: its container markers (">" or a list marker) plus half the columns of
   * whitespace among them (indentation nests lists too).
   */
  nesting: 100,
  /** Σ depth² over the lines nested deeper than 8: each deep block costs its depth² to build and sanitise. */
  nestingWork: 250_000,
  /**
   * Σ over the runs without whitespace of (their "!", "_", "*" and "~") × (their length), plus the
   * square of the part before a run's last "@": marked rescans the run from each of them.
   */
  runWork: 3_000 ** 2,
  /** Σ (emphasis delimiters in a block)², blocks being separated by blank lines. */
  delimiterWork: 2_000 ** 2,
  /** Raw HTML elements open at once. */
  htmlDepth: 100,
  /** Σ over raw HTML start tags of the depth they open at (jsdom walks every ancestor per insertion). */
  htmlWork: 100_000,
} as const;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const isSpace = (c: string) => c === ' ' || c === '\t';
const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** The first budget a markdown text exceeds, as words for a test or a log, or null when it is fine to parse. */
export function markdownOverBudget(markdown: string): string | null {
  const n = markdown.length;
  let runWork = 0;
  let runStart = 0;
  let runRisky = 0;
  let runLastAt = -1;
  const runCost = (end: number) => runRisky * (end - runStart) + (runLastAt >= 0 ? (runLastAt - runStart) ** 2 : 0);
  let delimiters = 0;
  let delimiterWork = 0;
  let lineHasText = false;
  let htmlDepth = 0;
  let htmlWork = 0;
  let nestingWork = 0;
  let i = 0;
  let lineStart = true;
  while (i < n) {
    if (lineStart) {
      lineStart = false;
      // Container prefix: whitespace, ">" and list markers ("-", "*", "+", "1." or "1)" before a space).
      let markers = 0;
      let indent = 0;
      let j = i;
      for (;;) {
        const c = markdown[j] ?? '';
        if (isSpace(c)) {
          indent += c === '\t' ? 4 : 1;
          j += 1;
        } else if (c === '>') {
          markers += 1;
          j += 1;
        } else if ((c === '-' || c === '*' || c === '+') && isSpace(markdown[j + 1] ?? '')) {
          markers += 1;
          j += 1;
        } else if (isDigit(c)) {
          let k = j;
          while (k < n && k - j < 9 && isDigit(markdown[k] ?? '')) k += 1;
          const d = markdown[k] ?? '';
          if ((d === '.' || d === ')') && isSpace(markdown[k + 1] ?? '')) {
            markers += 1;
            j = k + 1;
          } else break;
        } else break;
      }
      // Whitespace alone is a blank line, not nesting.
      const blank = j >= n || markdown[j] === '\n' || markdown[j] === '\r';
      const depth = blank ? markers : markers + Math.floor(indent / 2);
      if (depth > MARKDOWN_BUDGET.nesting) return `a line nested ${depth} deep (at most ${MARKDOWN_BUDGET.nesting})`;
      if (depth > 8) nestingWork += depth ** 2;
      if (nestingWork > MARKDOWN_BUDGET.nestingWork) return 'too many deeply nested lines';
      // The prefix is scanned again below for runs and delimiters; it is at most a few hundred characters.
    }
    const c = markdown[i] ?? '';
    if (isWhitespace(c)) {
      runWork += runCost(i);
      runRisky = 0;
      runLastAt = -1;
      runStart = i + 1;
      if (c === '\n') {
        // A blank line ends a block: its delimiters are paid for, squared.
        if (!lineHasText) {
          delimiterWork += delimiters ** 2;
          delimiters = 0;
        }
        lineHasText = false;
        lineStart = true;
      }
    } else {
      lineHasText = true;
      if (c === '!' || c === '_' || c === '*' || c === '~') runRisky += 1;
      else if (c === '@') runLastAt = i;
      if (c === '_' || c === '*' || c === '~') delimiters += 1;
      if (c === '<') {
        const next = markdown[i + 1] ?? '';
        if (next === '/') {
          if (isLetter(markdown[i + 2] ?? '')) htmlDepth = Math.max(0, htmlDepth - 1);
        } else if (isLetter(next)) {
          let k = i + 1;
          while (k < n && k - i <= 16 && (isLetter(markdown[k] ?? '') || isDigit(markdown[k] ?? ''))) k += 1;
          if (!VOID_ELEMENTS.has(markdown.slice(i + 1, k).toLowerCase())) {
            htmlDepth += 1;
            htmlWork += htmlDepth;
            if (htmlDepth > MARKDOWN_BUDGET.htmlDepth) return `raw HTML nested more than ${MARKDOWN_BUDGET.htmlDepth} deep`;
            if (htmlWork > MARKDOWN_BUDGET.htmlWork) return 'too much deeply nested raw HTML';
          }
        }
      }
    }
    if (runWork > MARKDOWN_BUDGET.runWork) return 'a long run of "!", "_", "*", "~" or "@" without spaces';
    if (delimiterWork + delimiters ** 2 > MARKDOWN_BUDGET.delimiterWork) return 'too many emphasis delimiters in one block';
    i += 1;
  }
  if (runWork + runCost(n) > MARKDOWN_BUDGET.runWork) return 'a long run of "!", "_", "*", "~" or "@" without spaces';
  return null;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The text itself, escaped: one paragraph per block, a line break per newline. Nothing in it is markup. */
export function plainTextHtml(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/)
    .reduce<string[][]>(
      (blocks, line) => {
        if (line.trim() === '') blocks.push([]);
        else blocks[blocks.length - 1]?.push(escapeHtml(line));
        return blocks;
      },
      [[]],
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => `<p>${lines.join('<br>')}</p>`)
    .join('\n');
}
