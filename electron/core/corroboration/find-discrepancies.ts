import type { Claim, Discrepancy, DiscrepancyType, DiscrepancyValue } from './corroboration-types';
import { wordSubstitutions } from './diff-words';
import { datesAgree, datesComparable } from './extract-dates';
import { memberFacts, type MemberFacts, type Mention } from './member-facts';
import { sameName } from './name-key';

interface Member {
  paragraphId: string;
  sourceId: string;
  text: string;
  facts: MemberFacts;
}

/** Reference for relative times when no member is dated: any fixed day, the same for all. */
const FALLBACK_REFERENCE = '2000-01-01';

const asDate = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

function valueOf(paragraphId: string, mentions: readonly Mention[]): DiscrepancyValue {
  return {
    paragraphId,
    text: mentions.map((m) => m.text).join('; '),
    value: [...new Set(mentions.map((m) => m.value))].join('; '),
    spans: mentions.map((m) => m.span),
  };
}

/** How values of one type compare: which pairs are about the same thing, and which say the same. */
interface ValueRules {
  comparable: (a: string, b: string) => boolean;
  agree: (a: string, b: string) => boolean;
}

/**
 * Members disagree on a detail when two of them (from different sources) state comparable
 * values that differ, and neither value is matched by anything the other member states. A
 * member giving a detail the other leaves out ("in 2019" beside nothing, or beside "in
 * December") is no disagreement; "next year" against "later in the year", or "2017" against
 * "2016", is.
 */
function conflicting(members: readonly Member[], pick: (f: MemberFacts) => Mention[], rules: ValueRules): boolean {
  const matched = (v: Mention, ws: Mention[]): boolean => ws.some((w) => rules.agree(v.value, w.value));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] as Member;
      const b = members[j] as Member;
      if (a.sourceId === b.sourceId) continue;
      const va = pick(a.facts);
      const vb = pick(b.facts);
      for (const v of va) {
        if (matched(v, vb)) continue;
        if (vb.some((w) => rules.comparable(v.value, w.value) && !rules.agree(v.value, w.value) && !matched(w, va))) return true;
      }
    }
  }
  return false;
}

function sideBySide(claimId: string, type: DiscrepancyType, members: readonly Member[], pick: (f: MemberFacts) => Mention[]): Discrepancy {
  return { claimId, type, values: members.filter((m) => pick(m.facts).length > 0).map((m) => valueOf(m.paragraphId, pick(m.facts))) };
}

/**
 * One discrepancy per name key whose spellings are not variants of one name. Transliterations
 * ("Sergei" / "Sergey", "Jaishankar" / "Jayashankar") are one person spelled two ways, which
 * an analyst does not want flagged; two names that only share their consonants ("Hasan" /
 * "Hussein") are two people.
 */
function nameDiscrepancies(claimId: string, members: readonly Member[]): Discrepancy[] {
  const spellings = new Map<string, Set<string>>();
  for (const m of members) {
    for (const n of m.facts.names) {
      const set = spellings.get(n.key) ?? new Set<string>();
      set.add(n.text);
      spellings.set(n.key, set);
    }
  }
  const out: Discrepancy[] = [];
  for (const [key, set] of spellings) {
    const names: string[] = [];
    for (const spelling of set) if (!names.some((n) => sameName(n, spelling))) names.push(spelling);
    if (names.length < 2) continue;
    const pick = (f: MemberFacts): Mention[] => f.names.filter((n) => n.key === key).map((n) => ({ text: n.text, span: n.span, value: n.text }));
    out.push(sideBySide(claimId, 'name', members, pick));
  }
  return out;
}

/**
 * One name put in another's place ("the settlement in Afghanistan" / "settlement in Pakistan"):
 * a word-for-word swap between two members of different sources, both words names, of
 * different people or places (not "India" / "Indian"), where the swapped-in name is not one the
 * first member uses at all.
 */
const sameRoot = (x: string, y: string): boolean => x.slice(0, 4).toLowerCase() === y.slice(0, 4).toLowerCase();

function swappedNames(claimId: string, members: readonly Member[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  const nameAt = (m: Member, start: number) => m.facts.names.find((n) => n.span.start === start);
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] as Member;
      const b = members[j] as Member;
      if (a.sourceId === b.sourceId) continue;
      for (const swap of wordSubstitutions(a.text, b.text)) {
        const x = nameAt(a, swap.a.start);
        const y = nameAt(b, swap.b.start);
        if (!x || !y || x.key === y.key || sameName(x.text, y.text) || sameRoot(x.text, y.text)) continue;
        const keysA = new Set(a.facts.names.map((n) => n.key));
        const keysB = new Set(b.facts.names.map((n) => n.key));
        if (keysA.has(y.key) && keysB.has(x.key)) continue;
        const id = [x.key, y.key].sort().join('/');
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          claimId,
          type: 'name',
          values: [
            { paragraphId: a.paragraphId, text: x.text, value: x.text, spans: [x.span] },
            { paragraphId: b.paragraphId, text: y.text, value: y.text, spans: [y.span] },
          ],
        });
      }
    }
  }
  return out;
}

/** Attribution differs when members name different sets of speakers for the statement. */
function attributionDiscrepancy(claimId: string, members: readonly Member[]): Discrepancy[] {
  const speaking = members.filter((m) => m.facts.speakers.length > 0);
  const keys = speaking.map((m) => [...new Set(m.facts.speakers.map((s) => s.value))].sort().join(','));
  if (new Set(keys).size < 2) return [];
  return [sideBySide(claimId, 'attribution', speaking, (f) => f.speakers)];
}

/**
 * Differences in dates, numbers, amounts, names (spelled apart, or swapped) and attributions between the members of a
 * claim, each with every member that states such a detail, side by side, the words marked.
 */
export function findDiscrepancies(claim: Claim, textOf: (paragraphId: string) => string): Discrepancy[] {
  const dated = claim.members.find((m) => m.published !== '')?.published ?? FALLBACK_REFERENCE;
  const members: Member[] = claim.members.map((m) => ({
    paragraphId: m.paragraphId,
    sourceId: m.sourceId,
    text: textOf(m.paragraphId),
    // Relative times are read from each source's own date; an undated one borrows the claim's earliest.
    facts: memberFacts(textOf(m.paragraphId), asDate(m.published || dated)),
  }));
  const equal = (a: string, b: string): boolean => a === b;
  const out: Discrepancy[] = [];
  const checks: [DiscrepancyType, (f: MemberFacts) => Mention[], ValueRules][] = [
    ['date', (f) => f.dates, { comparable: datesComparable, agree: datesAgree }],
    // Numbers carry no unit to tell "2,500 troops" from "12 jets"; any two can differ.
    ['number', (f) => f.numbers, { comparable: () => true, agree: equal }],
    // Amounts compare within one currency (the sign leads the value).
    ['amount', (f) => f.amounts, { comparable: (a, b) => a.replace(/[\d.]+$/, '') === b.replace(/[\d.]+$/, ''), agree: equal }],
  ];
  for (const [type, pick, rules] of checks) if (conflicting(members, pick, rules)) out.push(sideBySide(claim.id, type, members, pick));
  out.push(...nameDiscrepancies(claim.id, members), ...swappedNames(claim.id, members), ...attributionDiscrepancy(claim.id, members));
  return out;
}
