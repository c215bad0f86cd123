import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus';
import type { Claim, ClaimMember, EarliestUncertainty } from './corroboration-types';
import { findWire } from './find-wire';
import type { LinkState } from './link-table';
import { jaccard } from './set-similarity';
import { UnionFind } from './union-find';

/** Text this close (Jaccard of content terms) is one text: a copy, not another report. */
export const NEAR_IDENTICAL = 0.9;
/** Big claims (syndicated copy) compare each member with this many others at most. */
const COPY_COMPARE_MAX = 50;

interface Row {
  row: number;
  sourceIndex: number;
  paragraphId: string;
}

/** Undated sorts last; ties keep corpus order. */
const byDate = (published: readonly string[]) => (x: Row, y: Row): number => {
  const a = published[x.sourceIndex] as string;
  const b = published[y.sourceIndex] as string;
  if (a !== b) return a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1;
  return x.sourceIndex - y.sourceIndex || x.row - y.row;
};

function uncertainty(members: readonly ClaimMember[]): EarliestUncertainty | null {
  const first = members[0]?.published ?? '';
  if (first === '') return 'no-dates';
  if (members.some((m) => m.published === '')) return 'undated-sources';
  if (members.some((m) => m.sourceId !== members[0]?.sourceId && m.published === first)) return 'same-day';
  return null;
}

/**
 * Claim records for the groups in `state.claimOf` that span at least two sources. Copies are
 * found from the stored term sets, so this needs no tokenizing and runs on every open.
 */
export function describeClaims(corpus: Corpus, state: LinkState): Claim[] {
  const { table } = state;
  const published = table.sources.map((s) => corpus.getSource(s.id)?.meta.published ?? '');
  const wires = new Map<number, string | null>();
  const wireOf = (i: number): string | null => {
    if (!wires.has(i)) wires.set(i, findWire(corpus.getSource(table.sources[i]?.id ?? '')?.paragraphs ?? []));
    return wires.get(i) ?? null;
  };
  const termsOf = (row: number): Int32Array => table.terms.subarray(table.termStart[row], table.termStart[row + 1]);
  const groups = new Map<number, Row[]>();
  table.sources.forEach((s, sourceIndex) => {
    for (let row = s.start; row < s.start + s.count; row++) {
      const root = state.claimOf[row] as number;
      if (root < 0) continue;
      const list = groups.get(root) ?? [];
      list.push({ row, sourceIndex, paragraphId: `${s.id}:p${table.paragraphN[row] as number}` });
      groups.set(root, list);
    }
  });
  const claims: Claim[] = [];
  for (const rows of groups.values()) {
    if (new Set(rows.map((r) => r.sourceIndex)).size < 2) continue;
    rows.sort(byDate(published));
    const copyOf: (string | null)[] = rows.map(() => null);
    const sameText = new UnionFind(rows.length);
    rows.forEach((r, i) => {
      for (let j = Math.max(0, i - COPY_COMPARE_MAX); j < i; j++) {
        const earlier = rows[j] as Row;
        if (earlier.sourceIndex === r.sourceIndex || jaccard(termsOf(earlier.row), termsOf(r.row)) < NEAR_IDENTICAL) continue;
        copyOf[i] ??= earlier.paragraphId;
        sameText.union(i, j);
      }
    });
    // Independence groups: one per wire, and members with one text count once.
    const wireGroup = new Map<string, number>();
    rows.forEach((r, i) => {
      const wire = wireOf(r.sourceIndex);
      if (wire === null) return;
      const first = wireGroup.get(wire);
      if (first === undefined) wireGroup.set(wire, i);
      else sameText.union(first, i);
    });
    const sourceGroup = new Map<number, number>();
    rows.forEach((r, i) => {
      const prev = sourceGroup.get(r.sourceIndex);
      if (prev === undefined) sourceGroup.set(r.sourceIndex, i);
      else sameText.union(prev, i);
    });
    const groupIndex = new Map<number, number>();
    const members = rows.map((r, i): ClaimMember => {
      const root = sameText.find(i);
      if (!groupIndex.has(root)) groupIndex.set(root, groupIndex.size);
      const wire = wireOf(r.sourceIndex);
      return {
        paragraphId: r.paragraphId,
        sourceId: table.sources[r.sourceIndex]?.id ?? '',
        published: published[r.sourceIndex] as string,
        wire,
        copyOf: copyOf[i] ?? null,
        wireCopy: wire !== null || copyOf[i] !== null,
        group: groupIndex.get(root) as number,
      };
    });
    const why = uncertainty(members);
    const ids = members.map((m) => m.paragraphId).sort();
    claims.push({
      id: `c${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16)}`,
      members,
      sources: [...new Set(members.map((m) => m.sourceId))],
      earliest: members[0] as ClaimMember,
      earliestUncertain: why !== null,
      earliestUncertainty: why,
      independentSources: groupIndex.size,
    });
  }
  return claims;
}
