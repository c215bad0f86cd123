import type { JournalEntry, ParsedJournal } from './parse-journal';

export interface ReplayPlan {
  /** Entries to apply on top of the base snapshot, in order. */
  replay: JournalEntry[];
  /** The highest seq seen anywhere; new lines must be numbered after it. */
  lastSeq: number;
  /** Why the journal must be kept aside for a person instead of being trusted in full. */
  asideReason?: string;
}

/**
 * Decides what of the journal applies to a base snapshot whose last folded line is `baseSeq`.
 * Lines at or below baseSeq are already in the snapshot (a crash after compaction wrote the
 * snapshot but before it truncated the journal). A gap means the journal belongs to a different
 * snapshot than the base (say, the base came from an older backup), so replaying it would apply
 * changes to a state they were not made on.
 */
export function planReplay(parsed: ParsedJournal, baseSeq: number): ReplayPlan {
  const lastSeq = Math.max(baseSeq, parsed.entries.at(-1)?.seq ?? 0);
  const pending = parsed.entries.filter((e) => e.seq > baseSeq);
  const first = pending[0];
  if (first && first.seq !== baseSeq + 1) {
    return { replay: [], lastSeq, asideReason: `its first unapplied line has seq ${first.seq}, but the snapshot ends at seq ${baseSeq}` };
  }
  if (parsed.damaged) {
    return { replay: pending, lastSeq, asideReason: `line ${parsed.damaged.line} is damaged (${parsed.damaged.reason}); the lines before it were kept` };
  }
  return { replay: pending, lastSeq };
}
