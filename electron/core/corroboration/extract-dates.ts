import * as chrono from 'chrono-node';
import type { TextSpan } from './text-span';

export interface DateMention {
  text: string;
  span: TextSpan;
  /** Only the parts the words fix: "2021", "2021-12", "2021-12-31", "--12" (a month, year unsaid). */
  value: string;
}

// chrono's casual parser reads "later in the year" as "in a year" (a year from now). News uses
// the phrase for "before this year is out", so it is taught that one reading first; the
// longer match wins over chrono's own in its overlap refiner.
const parser = chrono.casual.clone();
parser.parsers.unshift({
  pattern: () => /\b(?:later|earlier|later on|sometime)\s+(?:in\s+)?(?:the|this)\s+year\b/i,
  extract: (context) => context.createParsingComponents({ year: context.reference.instant.getFullYear() }),
});

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Dates and relative times ("next year", "at the end of this year", "in December", "August
 * 2019"), resolved against `reference` (the publication date). Mentions that fix no year,
 * month or day ("on Tuesday") are left out: they cannot contradict anything.
 */
export function extractDates(text: string, reference: Date): DateMention[] {
  const out: DateMention[] = [];
  for (const r of parser.parse(text, reference)) {
    const s = r.start;
    const year = s.isCertain('year') ? String(s.get('year')) : '';
    const month = s.isCertain('month') ? pad2(s.get('month') ?? 0) : '';
    const day = s.isCertain('day') && month !== '' ? pad2(s.get('day') ?? 0) : '';
    if (year === '' && month === '') continue;
    const value = year === '' ? `--${month}` : [year, month, day].filter((x) => x !== '').join('-');
    const words = r.text.replace(/[\s,.;:–—-]+$/u, '');
    out.push({ text: words, span: { start: r.index, end: r.index + words.length }, value });
  }
  return out;
}

const parts = (v: string): [string, string, string] => {
  if (v.startsWith('--')) return ['', v.slice(2), ''];
  const [y = '', m = '', d = ''] = v.split('-');
  return [y, m, d];
};

/** Two date values can be compared when both fix at least one same part (both a year, say). */
export function datesComparable(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  return pa.some((x, i) => x !== '' && pb[i] !== '');
}

/** Two comparable date values agree unless a part both fix differs ("2021" and "2021-12-31" agree). */
export function datesAgree(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  return datesComparable(a, b) && pa.every((x, i) => x === '' || pb[i] === '' || x === pb[i]);
}
