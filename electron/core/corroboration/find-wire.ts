import type { Paragraph } from '../../shared/types';

// News agencies whose copy other outlets republish. Kept to the big wires: an outlet crediting
// itself is not a copy of anything.
const AGENCIES: Readonly<Record<string, string>> = {
  reuters: 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  pti: 'PTI',
  'press trust of india': 'PTI',
  ani: 'ANI',
  ians: 'IANS',
  bloomberg: 'Bloomberg',
  dpa: 'dpa',
  efe: 'EFE',
  xinhua: 'Xinhua',
  tass: 'TASS',
  'anadolu agency': 'Anadolu',
  anadolu: 'Anadolu',
  uni: 'UNI',
};
const NAME = Object.keys(AGENCIES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[-\s]/g, '[-\\s]'))
  .join('|');

/** Whole-line credits: "SOURCE:Reuters", "(Reuters)", "— AFP", "With inputs from PTI", "Reuters contributed to this report". */
const CREDIT_LINES: readonly RegExp[] = [
  new RegExp(`^(?:sources?|via|courtesy|credit)\\s*:\\s*(${NAME})\\b[\\s\\W]*$`, 'i'),
  new RegExp(`^[\\s(—–-]*(${NAME})[\\s)]*$`, 'i'),
  new RegExp(`^\\(?\\s*with (?:inputs|input|additional reporting) from (${NAME})\\b.{0,40}$`, 'i'),
  new RegExp(`^\\(?\\s*(${NAME}) contributed to this (?:report|story)\\b`, 'i'),
  new RegExp(`^by\\s+(${NAME})\\s*$`, 'i'),
];
/** A dateline that credits a wire: "NEW DELHI (Reuters) -". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]{1,40}\(([^()]{2,30})\)\s*[-—–]/u;
/** Longer lines are article text that merely mentions an agency. */
const CREDIT_MAX = 80;

/** The wire agency a source says it carries, from a credit line or a dateline; null if none. */
export function findWire(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    const text = p.text.trim();
    const m = (text.length <= CREDIT_MAX ? CREDIT_LINES.map((re) => re.exec(text)).find((x) => x !== null) : null) ?? DATELINE.exec(text);
    const name = m?.[1]?.toLowerCase().replace(/[-\s]+/g, ' ');
    if (name === undefined) continue;
    const agency = AGENCIES[name] ?? AGENCIES[name.replace(' ', '-')];
    if (agency) return agency;
  }
  return null;
}
