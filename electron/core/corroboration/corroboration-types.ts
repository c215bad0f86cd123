// The types the Corroboration API hands out. Plain JSON (no classes, no typed arrays), so they
// can cross IPC unchanged once the lead wires them into the contract.
import type { SnippetPart } from '../../shared/types';
import type { LinkKind } from './link-scorer';
import type { TextSpan } from './text-span';

export type { LinkKind, SnippetPart, TextSpan };

/** Two paragraphs of different sources that report the same statement. */
export interface RelatedLink {
  /** The paragraph asked about. */
  a: string;
  /** The other paragraph. */
  b: string;
  /** 'quote': the same direct quotation (translation and wording variants allowed); 'paraphrase': the same fact. */
  kind: LinkKind;
  /** 0..1; through a claim, the weakest link of the chain that joins the two. */
  score: number;
  /** 'link': the two were compared and found alike; 'claim': both are members of one claim, joined through others. */
  via: RelatedVia;
}

export type RelatedVia = 'link' | 'claim';

export interface ClaimMember {
  paragraphId: string;
  sourceId: string;
  /** The source's ISO date, or "" when the text shows none. */
  published: string;
  /** The wire agency the source credits ("SOURCE:Reuters", a dateline), or null. */
  wire: string | null;
  /** An earlier member of another source with (near) identical text (≥ 0.9), or null. */
  copyOf: string | null;
  /** True when the member repeats a wire: its source credits one, or it copies another member. */
  wireCopy: boolean;
  /** Index of its independence group: members sharing a wire or a text count once. */
  group: number;
}

export type EarliestUncertainty = 'undated-sources' | 'same-day' | 'no-dates';

export interface Claim {
  /** Stable: a hash of the member paragraph ids. */
  id: string;
  /** By date (undated last), then corpus order. */
  members: ClaimMember[];
  /** Source ids, in the order of their first member. */
  sources: string[];
  /** The first member: the earliest dated report, if any is dated. */
  earliest: ClaimMember;
  /** True when a source without a date might be earlier, or several sources share the earliest date. */
  earliestUncertain: boolean;
  /** Why the earliest report is uncertain, or null. */
  earliestUncertainty: EarliestUncertainty | null;
  /** Sources that report the claim independently: one per wire, one per group of copies. */
  independentSources: number;
}

export type DiscrepancyType = 'number' | 'date' | 'amount' | 'name' | 'attribution';

export interface DiscrepancyValue {
  paragraphId: string;
  /** The words as the paragraph writes them (several joined by "; "). */
  text: string;
  /** What they were read as: "2021", "$5,200,000,000", "jshnkr" (several joined by "; "). */
  value: string;
  /** Where the words are in the paragraph's text. */
  spans: TextSpan[];
}

/** Members of one claim that disagree on one kind of detail, side by side. */
export interface Discrepancy {
  claimId: string;
  type: DiscrepancyType;
  values: DiscrepancyValue[];
}

/**
 * Two paragraphs as parts that join back into their exact texts. Here `match: true` marks a
 * word that differs from the other paragraph (the part to highlight), not a search match.
 */
export interface WordDiff {
  a: SnippetPart[];
  b: SnippetPart[];
}
