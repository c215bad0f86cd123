import nlp from 'compromise';
import type { TextSpan } from './text-span';

/** compromise's reading of a text. */
type View = ReturnType<typeof nlp>;

export interface NumberMention {
  kind: 'number' | 'amount' | 'year';
  text: string;
  span: TextSpan;
  /** "5200000000" for a number; "$5200000000" for an amount; "2017" for a year. */
  value: string;
}

interface CompromiseNumber {
  text: string;
  number?: { num?: number; prefix?: string; suffix?: string };
  offset?: { start: number; length: number };
}

const CURRENCY_SIGN = /[$€£¥₹]/;
const CURRENCY_WORD = /^\s+(dollars?|euros?|pounds?|rupees?|yuan|roubles?|rubles?|yen)\b/i;
const SIGNS: Readonly<Record<string, string>> = { dollar: '$', euro: '€', pound: '£', rupee: '₹', yuan: '¥', yen: '¥', rouble: '₽', ruble: '₽' };
/** "S-400", "F-35", "Covid-19": model names, not quantities. */
const PART_OF_NAME = /[\p{L}]-$/u;

/**
 * Quantities written with digits, read by compromise ("$5.2 billion" → 5200000000, "2,500"),
 * sorted into amounts of money, years (1900–2099 without a comma), and other numbers. Numbers
 * spelled out in words ("two sides", "first") are left out: they are rarely the detail that
 * differs and mostly noise. `doc` is compromise's reading of `text`, when the caller has it.
 */
export function extractNumbers(text: string, doc?: View): NumberMention[] {
  if (!/\d/.test(text)) return [];
  const found = (doc ?? nlp(text)).numbers().json({ offset: true }) as CompromiseNumber[];
  const out: NumberMention[] = [];
  for (const n of found) {
    const num = n.number?.num;
    if (num === undefined || !n.offset || !/\d/.test(n.text)) continue;
    const raw = n.text.replace(/[\s.,;:!?)]+$/u, '');
    const span = { start: n.offset.start, end: n.offset.start + raw.length };
    if (PART_OF_NAME.test(text.slice(Math.max(0, span.start - 2), span.start))) continue;
    const sign = CURRENCY_SIGN.exec(raw)?.[0] ?? (n.number?.prefix && CURRENCY_SIGN.exec(n.number.prefix)?.[0]);
    const word = CURRENCY_WORD.exec(text.slice(span.end))?.[1]?.toLowerCase().replace(/s$/, '');
    if (sign || word) {
      out.push({ kind: 'amount', text: raw, span, value: `${sign || SIGNS[word ?? ''] || word}${num}` });
    } else if (Number.isInteger(num) && num >= 1900 && num <= 2099 && /^\d{4}$/.test(raw)) {
      out.push({ kind: 'year', text: raw, span, value: String(num) });
    } else {
      out.push({ kind: 'number', text: raw, span, value: `${num}${n.number?.suffix ?? ''}` });
    }
  }
  return out;
}
