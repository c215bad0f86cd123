import nlp from 'compromise';
import { nameKey } from './name-key';
import type { TextSpan } from './text-span';

/** compromise's reading of a text. */
type View = ReturnType<typeof nlp>;

export interface NameMention {
  text: string;
  span: TextSpan;
  /** nameKey(text): spelling variants share it. */
  key: string;
}

interface CompromiseTerm {
  text: string;
  offset?: { start: number; length: number };
}

/** Keys this short ("ls", "md") match too many unrelated names. */
const MIN_KEY = 3;

/**
 * Names of people, places and organisations, word by word, as compromise tags them
 * (#ProperNoun covers names it has never seen, such as "Jayashankar"). `doc` is compromise's
 * reading of `text`, when the caller has it.
 */
export function extractNames(text: string, doc?: View): NameMention[] {
  const terms = (doc ?? nlp(text)).match('#ProperNoun').terms().json({ offset: true }) as CompromiseTerm[];
  const out: NameMention[] = [];
  for (const t of terms) {
    if (!t.offset) continue;
    const word = /^[\p{L}][\p{L}\p{M}'’-]*[\p{L}]/u.exec(text.slice(t.offset.start, t.offset.start + t.offset.length))?.[0];
    if (!word) continue;
    const clean = word.replace(/['’]s$/u, '');
    const key = nameKey(clean);
    if (key.length < MIN_KEY) continue;
    out.push({ text: clean, span: { start: t.offset.start, end: t.offset.start + clean.length }, key });
  }
  return out;
}
