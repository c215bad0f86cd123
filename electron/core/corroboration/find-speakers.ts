import { findQuotes } from './find-quotes';
import { nameKey } from './name-key';
import type { TextSpan } from './text-span';

/** Someone a paragraph says spoke: "Lavrov said", "said Mr Jaishankar", "Lavrov and Jaishankar both said". */
export interface Speaker {
  /** The surname as written. */
  name: string;
  /** nameKey(name): equal for spelling variants. */
  key: string;
  span: TextSpan;
}

const VERBS =
  'said|says|told|tells|added|adds|stated|states|noted|explained|insisted|stressed|emphasi[sz]ed|declared|announced|remarked|warned|claimed|argued|wrote|tweeted|replied|reiterated|asserted|underlined';
const CAP_WORD = String.raw`\p{Lu}[\p{L}’'-]*\.?`;
const NAME = String.raw`${CAP_WORD}(?:\s+${CAP_WORD}){0,3}`;
const NAMES = String.raw`${NAME}(?:\s+and\s+${NAME})?`;
/** Names right before the verb (an adverb such as "also" or "both" may sit between). */
const BEFORE = new RegExp(String.raw`(${NAMES})(?:\s+\p{Ll}+ly|\s+also|\s+both|\s+then)?\s+(?:${VERBS})\b`, 'gu');
/** "said Lavrov", "added Mr Jaishankar": only these verbs, as "warned Delhi" names the listener. */
const AFTER = /\b(?:said|says|added)\s+(\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,3})/gu;
const SPLIT_NAMES = /\s+and\s+/u;
const SURNAME = /([\p{Lu}][\p{L}’'-]*)\.?$/u;
/** Capitalised words that start a sentence or a title, never a speaker's name. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'But', 'And', 'Minister', 'President', 'Officials']);

function blankQuotes(text: string): string {
  let out = text;
  for (const q of findQuotes(text)) out = out.slice(0, q.outer.start) + ' '.repeat(q.outer.end - q.outer.start) + out.slice(q.outer.end);
  return out;
}

function pushNames(group: string, groupStart: number, text: string, out: Speaker[]): void {
  let offset = 0;
  for (const part of group.split(SPLIT_NAMES)) {
    const at = group.indexOf(part, offset);
    offset = at + part.length;
    const m = SURNAME.exec(part);
    if (!m || NOT_NAMES.has(m[1] as string)) continue;
    const name = m[1] as string;
    const start = groupStart + at + (m.index ?? 0);
    if (text.slice(start, start + name.length) !== name) continue;
    out.push({ name, key: nameKey(name), span: { start, end: start + name.length } });
  }
}

/** Speakers named outside the paragraph's quotations, in order, one entry per mention. */
export function findSpeakers(text: string): Speaker[] {
  const plain = blankQuotes(text);
  const found: Speaker[] = [];
  for (const m of plain.matchAll(BEFORE)) pushNames(m[1] as string, m.index, text, found);
  for (const m of plain.matchAll(AFTER)) pushNames(m[1] as string, m.index + m[0].length - (m[1] as string).length, text, found);
  found.sort((x, y) => x.span.start - y.span.start);
  return found.filter((s, i) => i === 0 || s.span.start !== found[i - 1]?.span.start);
}
