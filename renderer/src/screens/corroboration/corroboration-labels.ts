// Words the corroboration screens share, so the reader's comparison and the Claims view say the same thing.
import type { ClaimMemberView, ClaimView, DiscrepancyType, DiscrepancyView, EarliestUncertainty, LinkKind, RelatedParagraph, SourceRef } from '../../api/contract';
import { formatDate, plural } from '../../lib/format';

export const linkKindLabel = (kind: LinkKind): string => (kind === 'quote' ? 'Same quote' : 'Same fact');

export const linkKindHint = (kind: LinkKind): string =>
  kind === 'quote' ? 'The same direct quotation, allowing for translation and wording' : 'The same fact, in other words';

/** "58% similar", or for a paragraph joined to this one only through other members of its claim, says so. */
export const scoreLabel = (r: Pick<RelatedParagraph, 'score' | 'via'>): string =>
  r.via === 'claim' ? 'through the claim' : `${Math.round(r.score * 100)}% similar`;

export const scoreHint = (r: Pick<RelatedParagraph, 'score' | 'via'>): string | undefined =>
  r.via === 'claim'
    ? `Not close enough to this paragraph on its own, but both report what the other members of their claim report (the weakest link between them: ${Math.round(r.score * 100)}% similar)`
    : undefined;

export const DISCREPANCY_LABELS: Record<DiscrepancyType, string> = {
  number: 'Number',
  date: 'Date',
  amount: 'Amount',
  name: 'Name',
  attribution: 'Who said it',
};

/** Whether "read as" adds anything: a date or number is normalised, a name key is not for people. */
export const showsReading = (type: DiscrepancyType): boolean => type === 'number' || type === 'date' || type === 'amount';

/** The title, or for an untitled source its id, which is the only other thing that tells it apart. */
export const sourceTitle = (s: SourceRef): string => s.title || `Untitled (${s.id})`;

export const sourceName = (s: SourceRef): string => s.outlet || sourceTitle(s);

/** "Outlet · 6 Apr 2021", with what is missing left out. */
export function sourceDetails(s: SourceRef): string {
  return [s.outlet, s.published ? formatDate(s.published) : 'undated'].filter(Boolean).join(' · ');
}

/** "4 sources, 3 independent" or "4 sources, all independent". */
export function independenceLabel(claim: Pick<ClaimView, 'sourceCount' | 'independentSources'>): string {
  const { sourceCount, independentSources } = claim;
  if (independentSources >= sourceCount) return `${plural(sourceCount, 'source')}, ${sourceCount === 2 ? 'both' : 'all'} independent`;
  return `${plural(sourceCount, 'source')}, ${independentSources.toLocaleString()} independent`;
}

const UNCERTAINTY: Record<EarliestUncertainty, string> = {
  'undated-sources': 'some sources give no date',
  'same-day': 'others reported it the same day',
  'no-dates': 'no source gives a date',
};

export function earliestLabel(claim: ClaimView): string {
  const m = claim.members.find((x) => x.paragraph.id === claim.earliestParagraphId);
  if (!m) return '';
  if (claim.earliestUncertainty === 'no-dates') return `Earliest report unknown: ${UNCERTAINTY['no-dates']}`;
  const when = m.source.published ? formatDate(m.source.published) : 'undated';
  const note = claim.earliestUncertainty ? ` (${UNCERTAINTY[claim.earliestUncertainty]})` : '';
  return `Earliest report: ${sourceName(m.source)}, ${when}${note}`;
}

/** How a member came to carry the claim: its own report, a wire's copy, or a copy of another member. */
export function wireNote(member: ClaimMemberView, claim: ClaimView | null): string | null {
  if (member.copyOf) {
    const original = claim?.members.find((m) => m.paragraph.id === member.copyOf);
    return `Repeats ${original ? `${sourceName(original.source)} ¶ ${original.paragraph.n}` : 'another report'} almost word for word`;
  }
  if (member.wire) return `Repeats ${member.wire} wire copy`;
  return null;
}

export const discrepancyTypes = (list: DiscrepancyView[]): string =>
  [...new Set(list.map((d) => DISCREPANCY_LABELS[d.type].toLowerCase()))].join(', ');

const MONTHS = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What a value was read as, for people: "2021-12-31" as a date, "--12" (a month without a year) as "December". */
export function readingLabel(value: string): string {
  return value
    .split('; ')
    .map((v) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
      const month = /^--(\d{2})$/.exec(v);
      if (month) return MONTHS.format(new Date(Date.UTC(2000, Number(month[1]) - 1, 1)));
      if (/^\d{4}-\d{2}$/.test(v)) return MONTH_YEAR.format(new Date(`${v}-01T00:00:00Z`));
      return v;
    })
    .join('; ');
}
