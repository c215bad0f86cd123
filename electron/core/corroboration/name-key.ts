const MARKS = /\p{M}/gu;

/** Lowercase letters only, accents dropped: "Zoë" → "zoe", "O’Neill" → "oneill". */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * A spelling-tolerant key for a personal name: the first letter, then the consonants without
 * repeats ("Jaishankar" and "Jayashankar" → "jshnkr", "Sergei" and "Sergey" → "srg").
 * Transliterated names vary mostly in their vowels, so two spellings with one key are taken
 * to be the same person.
 */
export function nameKey(name: string): string {
  const w = foldName(name);
  if (w.length === 0) return '';
  const rest = w.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
  return (w[0] as string) + rest;
}

/** Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Spellings this close are one name: with one key, at most a third of the letters differ
 * ("Jaishankar" / "Jayashankar" 2 of 11, "Mohammed" / "Muhammad" 2 of 8); with different keys
 * (a consonant transliterated two ways: "Gaddafi" / "Qaddafi", "Tchaikovsky" / "Chaikovsky"),
 * at most a fifth. "Afghanistan" / "Pakistan" (4 of 11) and "Hasan" / "Hussein" (3 of 7) stay apart.
 */
const SAME_KEY_SHARE = 1 / 3;
const OTHER_KEY_SHARE = 1 / 5;

function sameWord(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (x.length === 0 || y.length === 0) return false;
  const share = editDistance(x, y) / Math.max(x.length, y.length);
  return share <= (nameKey(x) === nameKey(y) ? SAME_KEY_SHARE : OTHER_KEY_SHARE);
}

/**
 * True when two written names are spelling (transliteration) variants of one name: the same
 * number of words ("Sergei Lavrov" / "Sergey Lavrov"), each pair of words a variant. Names of
 * different people ("Lavrov" / "Jaishankar", "Sergei Lavrov" / "Sergei Shoigu") are not.
 */
export function sameName(a: string, b: string): boolean {
  const wa = a.split(/[\s-]+/u).filter((w) => foldName(w).length > 0);
  const wb = b.split(/[\s-]+/u).filter((w) => foldName(w).length > 0);
  return wa.length > 0 && wa.length === wb.length && wa.every((w, i) => sameWord(w, wb[i] as string));
}
