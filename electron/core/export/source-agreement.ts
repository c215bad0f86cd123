// The corroboration parts of an export, as plain data for the intermediate form: the other
// sources that report each quote ("Also reported by: …") and the "Source agreement" appendix,
// which puts side by side what each source says where they differ on a quoted statement.
import type { DiscrepancyType, SnippetPart, SourceRef } from '../../shared/types';
import { splitSentences } from '../corroboration/split-sentences';
import type { TextSpan } from '../corroboration/text-span';
import type { CorroboratingParagraph, CorroborationForExport } from './corroboration-for-export';
import { displayDate } from './display-date';

export interface AlsoReportedBy {
  sourceId: string;
  /** The source's short form: outlet, else title, then its date. */
  label: string;
  /** The ¶ numbers of its linked paragraphs, ascending. */
  paragraphs: number[];
}

export interface AgreementValue {
  /** The source's short form. */
  source: string;
  paragraphN: number;
  /** Notes of the briefing's quotes of this very paragraph; empty for other sources. */
  notes: number[];
  /** The sentence(s) holding the words, which are marked (`match: true`). */
  excerpt: SnippetPart[];
}

export interface AgreementEntry {
  type: DiscrepancyType;
  /** "Date", "Attribution (who said it)", … */
  label: string;
  /** The notes of the quotes it touches, ascending. */
  notes: number[];
  values: AgreementValue[];
}

const LABELS: Record<DiscrepancyType, string> = {
  date: 'Date',
  number: 'Number',
  amount: 'Amount',
  name: 'Name',
  attribution: 'Attribution (who said it)',
};
/** An excerpt longer than this is cut around the marked words. */
const EXCERPT_MAX = 240;
const CONTEXT = 90;

/** "TRT World (April 6, 2021)", "“India desperate to get S-400…” (April 6, 2021)", "Untitled source". */
export function shortSource(s: SourceRef): string {
  const name = s.outlet || (s.title ? `“${s.title}”` : 'Untitled source');
  const date = displayDate(s.published);
  return date ? `${name} (${date})` : name;
}

/** One entry per other source, in the order of its best link. */
export function alsoReportedBy(related: readonly CorroboratingParagraph[]): AlsoReportedBy[] {
  const out: AlsoReportedBy[] = [];
  for (const r of related) {
    const entry = out.find((e) => e.sourceId === r.source.id);
    if (entry) entry.paragraphs = [...entry.paragraphs, r.paragraph.n].sort((x, y) => x - y);
    else out.push({ sourceId: r.source.id, label: shortSource(r.source), paragraphs: [r.paragraph.n] });
  }
  return out;
}

/** "Also reported by: TRT World (April 6, 2021), ¶ 10; …, ¶¶ 3, 8." */
export function alsoReportedText(list: readonly AlsoReportedBy[]): string {
  const each = list.map((e) => `${e.label}, ${e.paragraphs.length > 1 ? '¶¶' : '¶'}\u00a0${e.paragraphs.join(', ')}`);
  return `Also reported by: ${each.join('; ')}.`;
}

/** The sentences that hold `spans`, the spans marked; cut around them when long. */
export function excerpt(text: string, spans: readonly TextSpan[]): SnippetPart[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [{ text, match: false }];
  const sentences = splitSentences(text);
  let start = sentences.find((s) => s.end > first.start)?.start ?? 0;
  let end = [...sentences].reverse().find((s) => s.start < last.end)?.end ?? text.length;
  let lead = '';
  let tail = '';
  if (end - start > EXCERPT_MAX) {
    const from = Math.max(start, first.start - CONTEXT);
    const to = Math.min(end, last.end + CONTEXT);
    // Cut at spaces, so no word is split.
    if (from > start) [start, lead] = [text.indexOf(' ', from) + 1 || from, '…'];
    if (to < end) [end, tail] = [text.lastIndexOf(' ', to) > last.end ? text.lastIndexOf(' ', to) : to, '…'];
  }
  const parts: SnippetPart[] = [];
  const push = (t: string, match: boolean): void => {
    if (t) parts.push({ text: t, match });
  };
  let at = start;
  push(lead, false);
  for (const s of sorted) {
    if (s.start < at) continue;
    push(text.slice(at, s.start), false);
    push(text.slice(s.start, s.end), true);
    at = s.end;
  }
  push(text.slice(at, end), false);
  push(tail, false);
  return parts;
}

/**
 * Drops a value when the same source already says the same words in another kept paragraph
 * (NDTV's standfirst repeating its quoted body paragraph), preferring the quoted paragraph.
 */
function dropRepeats(values: readonly (AgreementValue & { sourceId: string; words: string })[]): AgreementValue[] {
  const first = [...values].sort((x, y) => y.notes.length - x.notes.length);
  const kept = first.filter((v, i) => !first.slice(0, i).some((w) => w.sourceId === v.sourceId && w.words === v.words));
  return values.filter((v) => kept.includes(v)).map(({ sourceId: _s, words: _w, ...v }) => v);
}

/**
 * The discrepancies that touch a quoted paragraph (one of their values is it), ordered by the
 * first note they touch, then by type. `quoted` lists each quote's paragraph and note.
 */
export function sourceAgreement(data: CorroborationForExport, quoted: readonly { paragraphId: string; note: number }[]): AgreementEntry[] {
  const notesOf = (paragraphId: string): number[] => quoted.filter((q) => q.paragraphId === paragraphId).map((q) => q.note);
  const order = Object.keys(LABELS);
  const entries: AgreementEntry[] = [];
  for (const d of data.discrepancies) {
    const notes = d.values.flatMap((v) => notesOf(v.paragraphId)).sort((x, y) => x - y);
    if (notes.length === 0) continue;
    const values = d.values.flatMap((v) => {
      const p = data.paragraphs[v.paragraphId];
      if (!p) return [];
      return [{ sourceId: p.source.id, words: v.text.toLowerCase(), source: shortSource(p.source), paragraphN: p.paragraph.n, notes: notesOf(v.paragraphId), excerpt: excerpt(p.paragraph.text, v.spans) }];
    });
    entries.push({ type: d.type, label: LABELS[d.type], notes: [...new Set(notes)], values: dropRepeats(values) });
  }
  const rank = (e: AgreementEntry): number => order.indexOf(e.type);
  return entries.sort((x, y) => (x.notes[0] as number) - (y.notes[0] as number) || rank(x) - rank(y));
}
