// A light, conservative stemmer. Corroboration compares short paragraphs written by different
// people (and translators), so it needs "discussed" = "discuss" and "ministers" = "minister",
// but an aggressive stemmer (Porter) merges too much in text this short. Stems need not be
// English words: both sides of a comparison go through the same steps, which is all that counts.

/** British spellings folded into the American ones the wire services use. */
export const SPELLING: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'],
]);

const VOWEL = /[aeiou]/;
const DOUBLE_END = /([bdfgklmnprstz])\1$/;

function undouble(stem: string): string {
  return DOUBLE_END.test(stem) && !stem.endsWith('ll') && !stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}

function stripSuffix(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) return undouble(w.slice(0, -2));
  return w;
}

/** Lowercase word → stem. Words with digits ("s-400s", "2017") only lose a plural s. */
export function stemWord(word: string): string {
  const spelled = SPELLING.get(word) ?? word;
  if (/\d/.test(spelled)) return spelled.length > 2 && /\ds$/.test(spelled) ? spelled.slice(0, -1) : spelled;
  let w = spelled
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/([^aeiou])our$/, '$1or');
  w = stripSuffix(w);
  // A final silent e ("reiterate" vs "reiterated" → "reiterat") only after the other suffixes.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
