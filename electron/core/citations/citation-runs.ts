// citeproc formats into HTML. Nothing of that HTML is passed on: it is read into plain runs of text
// with the few marks a citation uses, and every renderer escapes the text for its own format.
import { decodeEntity } from './html-entities';

export interface CitationRun {
  text: string;
  italic?: true;
  bold?: true;
  smallCaps?: true;
}

type Marks = Omit<CitationRun, 'text'>;
type MarkChange = Partial<Record<keyof Marks, boolean>>;
const MARKS = ['italic', 'bold', 'smallCaps'] as const;

function markChangeFor(tag: string, attrs: string): MarkChange {
  switch (tag) {
    case 'i':
    case 'em':
      return { italic: true };
    case 'b':
    case 'strong':
      return { bold: true };
    case 'span': {
      const change: MarkChange = {};
      if (/font-style:\s*normal/i.test(attrs)) change.italic = false;
      if (/font-style:\s*(?:italic|oblique)/i.test(attrs)) change.italic = true;
      if (/font-weight:\s*normal/i.test(attrs)) change.bold = false;
      if (/font-weight:\s*bold/i.test(attrs)) change.bold = true;
      if (/font-variant:\s*small-caps/i.test(attrs)) change.smallCaps = true;
      if (/font-variant:\s*normal/i.test(attrs)) change.smallCaps = false;
      return change;
    }
    default:
      return {};
  }
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|&(#[0-9]+|#x[0-9a-f]+|[a-z]+);|[^<&]+|[<&]/gi;

/** Reads citeproc's HTML output into runs; whitespace is collapsed and the ends trimmed. */
export function parseCiteprocHtml(html: string): CitationRun[] {
  const stack: { tag: string; marks: Marks }[] = [{ tag: '', marks: {} }];
  const runs: CitationRun[] = [];
  const current = (): Marks => (stack[stack.length - 1] as { marks: Marks }).marks;
  const push = (text: string) => {
    const marks = current();
    const last = runs[runs.length - 1];
    if (last && last.italic === marks.italic && last.bold === marks.bold && last.smallCaps === marks.smallCaps) {
      last.text += text;
    } else {
      runs.push({ text, ...marks });
    }
  };
  for (const m of html.matchAll(TOKEN)) {
    const [whole, closing, rawTag, attrs, entity] = m;
    if (rawTag !== undefined) {
      const tag = rawTag.toLowerCase();
      // Blocks (csl-left-margin, csl-right-inline, csl-entry) only separate text.
      if (tag === 'div' || tag === 'br') push(' ');
      if (closing) {
        const at = stack.map((f) => f.tag).lastIndexOf(tag);
        if (at > 0) stack.length = at;
      } else if (!attrs?.trimEnd().endsWith('/') && tag !== 'br') {
        const change = markChangeFor(tag, attrs ?? '');
        const outer = current();
        const marks: Marks = {};
        for (const k of MARKS) if (change[k] ?? outer[k]) marks[k] = true;
        stack.push({ tag, marks });
      }
    } else if (entity !== undefined) {
      push(decodeEntity(entity) ?? whole);
    } else {
      push(whole);
    }
  }
  return tidy(runs);
}

/** Collapses whitespace across run boundaries, trims the ends and drops empty runs. */
function tidy(runs: CitationRun[]): CitationRun[] {
  const out: CitationRun[] = [];
  let previousEndsInSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/[ \t\r\n]+/g, ' ');
    if (previousEndsInSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    previousEndsInSpace = text.endsWith(' ');
    out.push({ ...run, text });
  }
  for (let last = out[out.length - 1]; last; last = out[out.length - 1]) {
    last.text = last.text.replace(/ $/, '');
    if (last.text) break;
    out.pop();
  }
  return out;
}

export const runsToText = (runs: readonly CitationRun[]): string => runs.map((r) => r.text).join('');
