// A large corpus for the corroboration benchmark, made from the bundled articles' sentences
// with a seeded PRNG. Each sentence keeps the shape of a bundled one (its function words,
// punctuation and quotation marks) with most content words swapped for words drawn from a
// long-tailed vocabulary: the bundled words plus made-up ones, since five articles' 1,500 words
// would make every paragraph of a 200,000-paragraph corpus look alike, which no real corpus
// does. Shaped like news: articles come in stories (one event covered by 1–12 outlets); each
// story has a few facts; an article retells some of its story's facts, most in its own words (a
// light rewrite), some as verbatim wire copy (with a "SOURCE:Reuters" line), plus paragraphs
// of its own. So most paragraphs are unique and each links to a few others.
import { createHash } from 'node:crypto';
import { seededRandom, type Rng } from '../../../bench/seeded-random';
import type { Paragraph, ParagraphKind, SourceMeta } from '../../shared/types';
import { Corpus, type CorpusSource } from '../corpus/corpus';
import { hashText } from '../corpus/hash-text';
import { splitSentences } from './split-sentences';
import { STOPWORDS } from './stopwords';

export interface SyntheticPlan {
  articles: number;
  seed: number;
}

interface Material {
  sentences: string[];
  /** Every content word occurrence of the bundled body text, so picks follow real word frequencies. */
  words: string[];
  /** Made-up words for the long tail of the vocabulary, drawn Zipf-like. */
  rare: string[];
  names: string[];
}

interface Story {
  id: number;
  facts: string[];
  published: string;
}

export interface SyntheticCorpus {
  corpus: Corpus;
  /** Paragraph id → "<story>/<fact>" for paragraphs that retell a story's fact: the true links. */
  facts: Map<string, string>;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'ten', 'zo', 'ri', 'sha', 'nov', 'el', 'dro', 'ba', 'gu', 'ti', 'rak', 'sen', 'ya', 'or'];
const WIRES = ['Reuters', 'AFP', 'AP'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Sentences and words of the body paragraphs of `bundled`. */
export function syntheticMaterial(bundled: Corpus, seed: number): Material {
  const sentences: string[] = [];
  const words: string[] = [];
  for (const p of bundled.allParagraphs()) {
    if (p.kind !== 'body' && p.kind !== 'standfirst') continue;
    for (const s of splitSentences(p.text)) {
      const text = p.text.slice(s.start, s.end);
      if (text.length >= 40) sentences.push(text);
    }
    words.push(...p.text.split(/\s+/).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !STOPWORDS.has(w)));
  }
  if (sentences.length < 20) throw new Error(`The corpus at ${bundled.dir} has too few sentences (${sentences.length}) to build a synthetic corpus from.`);
  const rng = seededRandom(seed ^ 0x5eed);
  const made = (): string => {
    let w = '';
    for (let j = rng.int(2, 4); j > 0; j--) w += rng.pick(SYLLABLES);
    return w;
  };
  const rare = Array.from({ length: RARE_WORDS }, made);
  const names = Array.from({ length: 5000 }, () => {
    const w = made();
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
  return { sentences, words, rare, names };
}

const RARE_WORDS = 40_000;

/**
 * Replaces each content word with probability `rate`: a capitalised one by a name, others by a
 * bundled word or (as often) a made-up one. Stopwords stay, so the text keeps its shape.
 */
function rewrite(rng: Rng, m: Material, text: string, rate: number): string {
  return text
    .split(' ')
    .map((w) => {
      if (STOPWORDS.has(w.toLowerCase()) || !rng.chance(rate)) return w;
      if (/^\p{Lu}/u.test(w)) return rng.pick(m.names);
      const tail = /[^\p{L}]+$/u.exec(w)?.[0] ?? '';
      return (rng.chance(0.5) ? rng.pick(m.words) : (m.rare[rng.zipf(m.rare.length)] as string)) + tail;
    })
    .join(' ');
}

function composed(rng: Rng, m: Material, rate: number): string {
  const parts: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) parts.push(rewrite(rng, m, rng.pick(m.sentences), rate));
  return parts.join(' ');
}

function makeStory(rng: Rng, m: Material, id: number): Story {
  const facts = Array.from({ length: rng.int(3, 8) }, () => composed(rng, m, 0.8));
  return { id, facts, published: `${rng.int(2015, 2024)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}` };
}

type Draft = [ParagraphKind, string, string | null];

function makeArticle(rng: Rng, m: Material, story: Story, id: string, facts: Map<string, string>): CorpusSource {
  const texts: Draft[] = [['title', rewrite(rng, m, rng.pick(m.sentences), 0.8), null]];
  const wire = rng.chance(0.25) ? rng.pick(WIRES) : '';
  const own = rng.int(4, 24);
  story.facts.forEach((fact, k) => {
    if (!rng.chance(0.7)) return;
    texts.push(['body', wire && rng.chance(0.8) ? fact : rewrite(rng, m, fact, 0.15), `${story.id}/${k}`]);
  });
  for (let i = 0; i < own; i++) texts.splice(rng.int(1, texts.length), 0, ['body', composed(rng, m, 0.8), null]);
  if (wire) texts.push(['boilerplate', `SOURCE:${wire}`, null]);
  const paragraphs = texts.map(([kind, text, fact], i): Paragraph => {
    if (fact !== null) facts.set(`${id}:p${i + 1}`, fact);
    return { id: `${id}:p${i + 1}`, sourceId: id, n: i + 1, text, hash: hashText(text), kind };
  });
  const meta: SourceMeta = {
    id,
    title: texts[0]?.[1] ?? '',
    outlet: '',
    author: '',
    published: rng.chance(0.92) ? story.published : '',
    url: '',
    language: 'en',
  };
  return { meta, paragraphs };
}

/** `plan.articles` articles in about articles/6 stories; the same plan always gives the same corpus. */
export function syntheticCorpus(bundled: Corpus, plan: SyntheticPlan): SyntheticCorpus {
  const m = syntheticMaterial(bundled, plan.seed);
  const rng = seededRandom(plan.seed);
  const sources: CorpusSource[] = [];
  const facts = new Map<string, string>();
  let stories = 0;
  let story = makeStory(rng, m, stories++);
  let left = rng.int(1, 12);
  for (let i = 0; i < plan.articles; i++) {
    if (left-- <= 0) {
      story = makeStory(rng, m, stories++);
      left = rng.int(1, 12) - 1;
    }
    sources.push(makeArticle(rng, m, story, `synthetic-${i + 1}`, facts));
  }
  const fingerprint = createHash('sha256').update(`synthetic ${plan.articles} ${plan.seed} ${bundled.fingerprint}`).digest('hex');
  return { corpus: new Corpus(`${bundled.dir}#synthetic-${plan.articles}-${plan.seed}`, fingerprint, sources), facts };
}
