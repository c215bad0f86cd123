// A deterministic news-like corpus for the search benchmark: paragraphs built from sentence
// fragments, a long tail of made-up names (so the vocabulary grows like a real corpus), numbers,
// accented names and curly quotes.
import type { Paragraph } from '../../shared/types';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The foreign minister',
  'Russian Foreign Minister Sergei Lavrov',
  'External Affairs Minister S. Jaishankar',
  'A senior official',
  'The defence ministry',
  'Analysts in New Delhi',
  'The European Commission',
  'Washington',
  'Moscow’s envoy',
  'The central bank',
  'Opposition leaders',
  'President Emmanuel Macron',
  'Chancellor Olaf Scholz',
  'The prime minister’s office',
  'Turkish President Recep Tayyip Erdoğan',
  'Officials in Kraków',
];
const VERBS = [
  'said on Tuesday that',
  'warned that',
  'told reporters that',
  'insisted that',
  'denied reports that',
  'confirmed that',
  'argued that',
  'signalled that',
  'said in a statement that',
];
const CLAUSES = [
  'the S-400 missile system deal would go ahead',
  'sanctions against Russia’s energy sector were failing',
  'the “Make in India” initiative would cover arms production',
  'talks on the ceasefire had stalled',
  'the grain corridor through the Black Sea would reopen',
  'gas prices in Europe had doubled since the winter',
  'military and technical cooperation would deepen',
  'the bilateral meeting had been “constructive”',
  'no decision on the pipeline had been taken',
  'the trade deficit with China had widened',
  'the security council would meet again next week',
  'the café owners in Zürich had protested the new rules',
  'the naïve assumptions of the last decade were over',
];
const TAILS = [
  'according to people familiar with the matter.',
  'despite pressure from the United States.',
  'in a rare public rebuke.',
  'as the summit drew to a close.',
  'a claim the ministry later disputed.',
  'without giving further details.',
  'in an interview with a state broadcaster.',
  '.',
];
const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'ten', 'zo', 'ri', 'sha', 'nov', 'el', 'dro', 'ba', 'gu', 'ti', 'rak', 'sen', 'ya', 'or', 'pet', 'ulm'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function makeNames(rnd: () => number, count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    const parts = 2 + Math.floor(rnd() * 3);
    for (let j = 0; j < parts; j++) w += pick(rnd, SYLLABLES);
    names.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return names;
}

/** A Zipf-like pick: low indexes are much more common than high ones. */
function zipf(rnd: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
}

function sentence(rnd: () => number, names: string[]): string {
  const name = names[zipf(rnd, names.length)] as string;
  const place = names[zipf(rnd, names.length)] as string;
  const number = Math.floor(rnd() * 10_000);
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, CLAUSES)}, ${pick(rnd, TAILS)}`;
    case 1:
      return `${name} of ${place} ${pick(rnd, VERBS)} ${pick(rnd, CLAUSES)}.`;
    case 2:
      return `In ${place}, ${number} people ${pick(rnd, ['marched', 'waited', 'voted', 'were evacuated'])} ${pick(rnd, TAILS)}`;
    default:
      return `“${pick(rnd, CLAUSES)},” ${name} said, ${pick(rnd, TAILS)}`;
  }
}

/** `count` paragraphs spread over sources of 10 to 30 paragraphs each. Same seed, same corpus. */
export function* syntheticParagraphs(count: number, seed = 1): Generator<Paragraph> {
  const rnd = seededRandom(seed);
  const names = makeNames(rnd, 40_000);
  let source = 0;
  let n = 0;
  let perSource = 0;
  for (let i = 0; i < count; i++) {
    if (n >= perSource) {
      source++;
      n = 0;
      perSource = 10 + Math.floor(rnd() * 21);
    }
    n++;
    const sentences = 1 + Math.floor(rnd() * 4);
    let text = '';
    for (let s = 0; s < sentences; s++) text += (s ? ' ' : '') + sentence(rnd, names);
    const sourceId = `source-${String(source).padStart(5, '0')}`;
    // The hash is a placeholder: search never reads it.
    yield { id: `${sourceId}:p${n}`, sourceId, n, text, hash: i.toString(16), kind: n === 1 ? 'title' : 'body' };
  }
}
