import nlp from 'compromise';
import { extractDates } from './extract-dates';
import { extractNames, type NameMention } from './extract-names';
import { extractNumbers } from './extract-numbers';
import { findSpeakers } from './find-speakers';
import type { TextSpan } from './text-span';

/** One detail a paragraph states: its words, where they are, and what they were read as. */
export interface Mention {
  text: string;
  span: TextSpan;
  value: string;
}

export interface MemberFacts {
  /** Dates, relative times and years. */
  dates: Mention[];
  numbers: Mention[];
  amounts: Mention[];
  names: NameMention[];
  /** Who the paragraph says spoke; value is the spelling-tolerant name key. */
  speakers: Mention[];
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** Everything a discrepancy can be about, from one paragraph; `reference` resolves "next year". */
export function memberFacts(text: string, reference: Date): MemberFacts {
  // compromise reads the text once for numbers and names: its parse is most of the cost.
  const doc = nlp(text);
  const dates: Mention[] = extractDates(text, reference);
  const numbers: Mention[] = [];
  const amounts: Mention[] = [];
  for (const n of extractNumbers(text, doc)) {
    if (n.kind === 'amount') amounts.push(n);
    else if (n.kind === 'number') numbers.push(n);
    // A bare year ("a 2017 U.S. law") is a date; "August 2019" is one already.
    else if (!dates.some((d) => overlaps(d.span, n.span))) dates.push(n);
  }
  dates.sort((x, y) => x.span.start - y.span.start);
  const speakers = findSpeakers(text);
  // compromise leaves an unknown name that starts a sentence untagged ("Jayashankar said …");
  // the speaker finder has it.
  const names = extractNames(text, doc);
  for (const s of speakers) if (!names.some((n) => overlaps(n.span, s.span))) names.push({ text: s.name, span: s.span, key: s.key });
  names.sort((x, y) => x.span.start - y.span.start);
  return {
    dates,
    numbers,
    amounts,
    names,
    speakers: speakers.map((s) => ({ text: s.name, span: s.span, value: s.key })),
  };
}
