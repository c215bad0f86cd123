// Translations and rewrites of the same remark swap a handful of everyday verbs and nouns
// ("We reiterated our commitment" / "We have reaffirmed our commitment" / "We have confirmed our
// determination"). Folding each group below into one term lets those versions share terms,
// which both the MinHash candidates and the precise score need. The groups are deliberately
// few and narrow (words that are near-interchangeable in news copy); keys are stems, as
// stemWord gives them.
const GROUPS: readonly (readonly string[])[] = [
  ['affirm', 'reaffirm', 'reiterat', 'confirm', 'reconfirm', 'restat'],
  ['commit', 'commitment', 'determination', 'pledg'],
  ['deepen', 'strengthen', 'enhanc', 'expand', 'bolster', 'boost'],
  ['cooperation', 'collaboration'],
  ['discuss', 'discussion', 'negotiat', 'negotiation'],
  ['produce', 'produc', 'production', 'manufactur', 'manufacturing'],
  ['territory', 'soil'],
  ['commission', 'committee'],
  ['weapon', 'arm', 'armament'],
  ['buy', 'bought', 'purchas', 'acquir', 'acquisition'],
];

const CANONICAL: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((group) => group.map((stem) => [stem, group[0] as string])));

/** The group's first stem for any stem in a group; the stem itself otherwise. */
export function canonicalTerm(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}
