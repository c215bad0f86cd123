// News sentences pack several facts into one sentence ("India and Russia sidestepped questions
// on the S-400 … and vowed to deepen military-technical cooperation following a meeting …").
// Another outlet reports one of them as a sentence of its own; compared whole, the long sentence
// dilutes the match. Clauses give the scorer the smaller pieces to compare as well.

/**
 * Where a clause ends: a semicolon, a dash between spaces (-- — –), or a comma before a word
 * that opens a new clause ("…, while…", "…, adding…", "…, with Moscow planning…"). The joining
 * word stays with the clause it opens. Plain commas are not boundaries: they also separate the
 * items of a list, whose pieces say nothing alone.
 */
const BOUNDARY = /\s*(?:;|\s(?:--|—|–)\s|,\s+(?=(?:while|whereas|but|adding|with|which|who|after|though|although|as|amid|despite|and)\s))\s*|\s+(?=(?:and vowed|and said|and added|while|whereas)\s)/gu;

/** The clauses of `text[start, end)` as [start, end) offsets, in order; one clause when there is no boundary. */
export function splitClauses(text: string, start = 0, end = text.length): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const part = text.slice(start, end);
  let from = 0;
  for (const m of part.matchAll(BOUNDARY)) {
    if (m.index > from) out.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  if (from < part.length) out.push({ start: start + from, end });
  return out;
}
