// Realistic search-box queries, drawn from the corpus's own paragraphs with a seeded PRNG: names,
// quoted phrases, common and rare words, two-word queries, and queries caught mid-word as typed.
import { seededRandom } from './seeded-random';

export type QueryKind = 'name' | 'phrase' | 'common' | 'rare' | 'pair' | 'typing';

export interface BenchQuery {
  kind: QueryKind;
  /** What the user types into the search box. */
  text: string;
  /** The same query for a fixed-string grep: quotes removed. */
  grep: string;
}

/** How many of each kind, per 200 queries. */
const MIX: Record<QueryKind, number> = { name: 30, phrase: 40, common: 30, rare: 30, pair: 35, typing: 35 };
const STOP = new Set(
  'the a an and or of to in on at for with by from as is was were are be been has have had that this it its he she they we his her their our not but which who will would said also after into than more about over when there can could'.split(' '),
);

const stripPunctuation = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const isWord = (w: string) => /^\p{L}[\p{L}’'-]*$/u.test(w);

/**
 * `count` queries (200 by default) from a sample of paragraph texts. The same texts and seed give
 * the same queries.
 */
export function buildQueries(paragraphs: readonly string[], seed: number, count = 200): BenchQuery[] {
  if (paragraphs.length === 0) throw new Error('buildQueries needs paragraphs to draw from');
  const rng = seededRandom(seed ^ 0x5ea4c);
  const words = paragraphs.map((p) => p.split(/\s+/).map(stripPunctuation).filter(isWord));
  const freq = new Map<string, number>();
  for (const ws of words) for (const w of ws) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  const content = [...freq.entries()].filter(([w]) => w.length >= 3 && !STOP.has(w));
  const common = content.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 80).map(([w]) => w);
  const rare = content.filter(([, n]) => n === 1).map(([w]) => w);
  // Capitalised words that do not start a sentence: people, places, organisations.
  const names = [...new Set(paragraphs.flatMap((p) => [...p.matchAll(/(?<=[a-z,]\s)(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?)/gu)].map((m) => m[1] as string)))].sort();
  const wordsOf = () => {
    for (;;) {
      const ws = rng.pick(words);
      if (ws.length >= 4) return ws;
    }
  };
  const contentWordsOf = () => {
    for (;;) {
      const ws = wordsOf().filter((w) => w.length >= 3 && !STOP.has(w.toLowerCase()));
      if (ws.length >= 2) return ws;
    }
  };

  const make: Record<QueryKind, () => string> = {
    name: () => (names.length > 0 ? rng.pick(names) : rng.pick(common)),
    phrase: () => {
      const ws = wordsOf();
      const len = rng.int(2, Math.min(4, ws.length));
      const at = rng.int(0, ws.length - len);
      return `"${ws.slice(at, at + len).join(' ')}"`;
    },
    common: () => rng.pick(common),
    rare: () => (rare.length > 0 ? rng.pick(rare) : rng.pick(common)),
    pair: () => {
      const ws = contentWordsOf();
      const first = rng.int(0, ws.length - 1);
      let second = rng.int(0, ws.length - 1);
      if (second === first) second = (first + 1) % ws.length;
      return `${ws[first]} ${ws[second]}`.toLowerCase();
    },
    typing: () => {
      const ws = contentWordsOf();
      const len = rng.int(1, Math.min(3, ws.length));
      const at = rng.int(0, ws.length - len);
      const picked = ws.slice(at, at + len);
      const last = picked[picked.length - 1] as string;
      picked[picked.length - 1] = last.slice(0, rng.int(2, Math.max(2, last.length - 1)));
      return picked.join(' ').toLowerCase();
    },
  };

  const total = Object.values(MIX).reduce((a, b) => a + b, 0);
  const out: BenchQuery[] = [];
  for (const kind of Object.keys(MIX) as QueryKind[]) {
    const n = Math.round((MIX[kind] * count) / total);
    for (let i = 0; i < n && out.length < count; i++) {
      const text = make[kind]();
      out.push({ kind, text, grep: text.replace(/"/g, '') });
    }
  }
  while (out.length < count) {
    const text = make.pair();
    out.push({ kind: 'pair', text, grep: text });
  }
  // Interleaved, as a session would be, so no kind runs with caches warmed by its own kind only.
  return rng.shuffle(out);
}
