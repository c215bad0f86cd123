// Translations and rewrites of the same remark swap a handful of everyday verbs and nouns
// ("We reiterated our commitment" / "We have reaffirmed our commitment" / "We have confirmed our
// determination"). Folding each group below into one term lets those versions share terms,
// which both the MinHash candidates and the precise score need. The groups are deliberately
// few and narrow (words that are near-interchangeable in news copy).
import { stemWord } from './stem-word';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['affirm', 'reaffirm', 'reiterate', 'confirm', 'reconfirm', 'restate'],
  // Not 'promise': news copy uses it for prospects too ("promising", "the promise of"). On the
  // gold set it also pulls a paragraph that carries two statements into the other one's claim.
  ['commit', 'commitment', 'determination', 'pledge', 'vow'],
  ['deepen', 'strengthen', 'enhance', 'expand', 'bolster', 'boost'],
  ['cooperation', 'collaboration'],
  ['discuss', 'discussion', 'negotiate', 'negotiation'],
  ['produce', 'production', 'manufacture', 'manufacturing'],
  ['territory', 'soil'],
  ['commission', 'committee'],
  ['weapon', 'arms', 'armament'],
  ['buy', 'bought', 'purchase', 'acquire', 'acquisition'],
];

/** Keyed by stem, as stemWord gives them, so every inflection of a listed word folds too. */
const CANONICAL: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stemWord(word), stemWord(group[0] as string)])));

/** The group's first stem for any stem in a group; the stem itself otherwise. */
export function canonicalTerm(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}
