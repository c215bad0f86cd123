const MARKS = /\p{M}/gu;

/**
 * A spelling-tolerant key for a personal name: the first letter, then the consonants without
 * repeats ("Jaishankar" and "Jayashankar" → "jshnkr", "Sergei" and "Sergey" → "srg").
 * Transliterated names vary mostly in their vowels, so two spellings with one key are taken
 * to be the same person.
 */
export function nameKey(name: string): string {
  const w = name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return '';
  const rest = w.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
  return (w[0] as string) + rest;
}
