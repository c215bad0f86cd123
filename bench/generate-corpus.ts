// A large corpus in the bundled corpus's format, made from the bundled articles' own sentences,
// shuffled and recombined, so word frequencies, punctuation and sentence lengths stay realistic.
// Proper names are swapped for made-up ones drawn from a long-tailed pool, so the vocabulary
// grows with the corpus as a real one does (rare words exist; "Lavrov" is not in every article).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorpusManifest } from '../electron/core/corpus/corpus-manifest';
import { splitParagraphs } from '../electron/core/corpus/split-paragraphs';
import { seededRandom, type Rng } from './seeded-random';

export interface CorpusPlan {
  articles: number;
  seed: number;
  /** One article in this many has LONG_ARTICLE_PARAGRAPHS paragraphs (the first one always does). */
  longEvery: number;
}

export interface CorpusSummary {
  articles: number;
  paragraphs: number;
  bytes: number;
  /** Ids of the articles with LONG_ARTICLE_PARAGRAPHS paragraphs. */
  longArticles: string[];
}

export const LONG_ARTICLE_PARAGRAPHS = 400;
const NAME_POOL = 20_000;
const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'ten', 'zo', 'ri', 'sha', 'nov', 'el', 'dro', 'ba', 'gu', 'ti', 'rak', 'sen', 'ya', 'or', 'pet', 'ulm', 'an', 'dez', 'ko', 'vi'];
const OUTLET_WORDS = ['Daily', 'Herald', 'Courier', 'Ledger', 'Observer', 'Tribune', 'Gazette', 'Monitor', 'Post', 'Review', 'Chronicle', 'Dispatch', 'Times', 'Wire', 'Journal', 'Standard'];
const SECTIONS = ['Diplomacy', 'World', 'Defence', 'Economy', 'Politics', 'Opinion', 'Analysis', 'Asia', 'Europe'];
const CREDITS = ['Reuters', 'AFP', 'PTI', 'ANI', 'Getty Images', 'Twitter'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the generator takes from the bundled corpus. */
export interface SentenceSource {
  sentences: string[];
  /** sha-256 prefix of the bundled files: part of the cache key, since the output depends on them. */
  digest: string;
}

// Not after an initial ("S. Jaishankar") or a title ("Mr Lavrov" is written both ways).
const SENTENCE_END = /(?<=[.!?…”"])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col)\.)\s+(?=[“"‘'A-Z0-9])/u;
/** A sentence cut from inside a quotation opens or closes a quote it does not hold. */
const balancedQuotes = (s: string) => (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;

export async function readSentenceSource(bundledDir: string): Promise<SentenceSource> {
  const manifestBytes = await readFile(join(bundledDir, 'manifest.json'));
  const manifest = parseCorpusManifest(manifestBytes, join(bundledDir, 'manifest.json'));
  const digest = createHash('sha256').update(manifestBytes);
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const entry of manifest.sources) {
    const bytes = await readFile(join(bundledDir, entry.file));
    digest.update(bytes);
    for (const paragraph of splitParagraphs(bytes.toString('utf8'))) {
      // Short lines are page furniture (labels, credits); the body sentences carry the language.
      if (paragraph.length < 60) continue;
      for (const s of paragraph.split(SENTENCE_END)) {
        const t = s.trim();
        if (t.length >= 25 && balancedQuotes(t) && !seen.has(t)) {
          seen.add(t);
          sentences.push(t);
        }
      }
    }
  }
  if (sentences.length < 20) throw new Error(`${bundledDir} holds too few sentences (${sentences.length}) to build a corpus from.`);
  return { sentences, digest: digest.digest('hex').slice(0, 12) };
}

function makeName(rng: Rng): string {
  let w = '';
  const parts = rng.int(2, 4);
  for (let j = 0; j < parts; j++) w += rng.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Vocabulary {
  names: string[];
  firstNames: string[];
  outlets: string[];
}

function makeVocabulary(seed: number): Vocabulary {
  const rng = seededRandom(seed ^ 0x5eed);
  const names = Array.from({ length: NAME_POOL }, () => makeName(rng));
  const firstNames = Array.from({ length: 300 }, () => makeName(rng));
  const outlets = Array.from({ length: 60 }, (_, i) =>
    i % 3 === 0 ? `The ${rng.pick(OUTLET_WORDS)} ${rng.pick(OUTLET_WORDS)}` : `${makeName(rng)} ${rng.pick(OUTLET_WORDS)}`,
  );
  return { names, firstNames, outlets };
}

/** A bundled sentence, with a name or a number swapped now and then. */
function sentence(rng: Rng, src: SentenceSource, vocab: Vocabulary): string {
  let s = rng.pick(src.sentences);
  if (rng.chance(0.45)) {
    // A capitalised word that does not start the sentence: usually a name or a place.
    const candidates = [...s.matchAll(/(?<=\s)[A-Z][a-z]{2,}\b/g)];
    const hit = candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (hit?.index !== undefined) {
      s = s.slice(0, hit.index) + (vocab.names[rng.zipf(vocab.names.length)] as string) + s.slice(hit.index + hit[0].length);
    }
  }
  if (rng.chance(0.2)) s = s.replace(/\b\d{1,3}\b/, () => String(rng.int(2, 999)));
  return s;
}

function bodyParagraph(rng: Rng, src: SentenceSource, vocab: Vocabulary): string {
  const u = rng.next();
  const count = u < 0.35 ? 1 : u < 0.7 ? 2 : u < 0.9 ? 3 : rng.int(4, 7);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(rng, src, vocab));
  return parts.join(' ');
}

function headline(rng: Rng, src: SentenceSource, vocab: Vocabulary): string {
  const words = sentence(rng, src, vocab).split(/\s+/).slice(0, rng.int(5, 13));
  return words.join(' ').replace(/[\s,.;:!?“”"‘’'(—–-]+$/u, '');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  return s.slice(0, 80).replace(/-+$/, '') || 'article';
}

/** Average ~20 paragraphs: a long tail of short pieces and features, capped well under a long article. */
function paragraphTarget(rng: Rng, index: number, plan: CorpusPlan): number {
  if (index % plan.longEvery === 0) return LONG_ARTICLE_PARAGRAPHS;
  return Math.min(150, 3 + Math.floor(-Math.log(1 - rng.next()) * 13));
}

interface GeneratedArticle {
  meta: { id: string; title: string; outlet: string; author: string; published: string; language: string; file: string };
  text: string;
  paragraphs: number;
}

function generateArticle(index: number, plan: CorpusPlan, src: SentenceSource, vocab: Vocabulary): GeneratedArticle {
  // One stream per article, so article i is the same whatever the corpus size.
  const rng = seededRandom((plan.seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  const hasTitle = rng.chance(0.95);
  const title = hasTitle ? headline(rng, src, vocab) : '';
  const author = rng.chance(0.55) ? `${rng.pick(vocab.firstNames)} ${vocab.names[rng.zipf(2000)] as string}` : '';
  const outlet = rng.chance(0.9) ? (vocab.outlets[rng.zipf(vocab.outlets.length)] as string) : '';
  const year = rng.int(2015, 2024);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const published = rng.chance(0.92) ? `${year}-${pad2(month)}-${pad2(day)}` : '';
  const target = paragraphTarget(rng, index, plan);

  const lines: string[] = [];
  if (hasTitle && rng.chance(0.3)) lines.push(rng.pick(SECTIONS));
  if (hasTitle) lines.push(title);
  if (hasTitle && rng.chance(0.5)) lines.push(sentence(rng, src, vocab));
  if (author && rng.chance(0.8)) lines.push(`By ${author}`);
  if (published && rng.chance(0.4)) {
    lines.push(rng.chance(0.5) ? `Published ${MONTHS[month - 1] as string} ${day}, ${year}` : `This Article is From ${(MONTHS[month - 1] as string).slice(0, 3)} ${pad2(day)}, ${year}`);
  }
  while (lines.length < target) {
    const u = rng.next();
    if (u < 0.03) lines.push(`${sentence(rng, src, vocab).replace(/[.!?”"]+$/u, '')} | ${rng.pick(CREDITS)}`);
    else if (u < 0.05) lines.push(`Also read: ${headline(rng, src, vocab)}`);
    else lines.push(bodyParagraph(rng, src, vocab));
  }
  // Both layouts occur in the bundled files: blank lines between paragraphs, or none.
  const text = lines.join(rng.chance(0.7) ? '\n\n' : '\n') + '\n';
  const id = `${slug(title || lines[0] || 'article')}-${index + 1}`;
  const file = `${String(index).padStart(5, '0')}_${rng.hex(16)}.txt`;
  return {
    meta: { id, title, outlet, author, published, language: rng.chance(0.97) ? 'en' : 'en-GB', file },
    text,
    paragraphs: lines.length,
  };
}

/**
 * Writes `manifest.json` and one `.txt` per article into `outDir`, replacing it. The files are
 * written into a sibling temp directory first, so an interrupted run never leaves a half corpus.
 */
export async function generateCorpus(outDir: string, plan: CorpusPlan, src: SentenceSource): Promise<CorpusSummary> {
  const vocab = makeVocabulary(plan.seed);
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const sources: GeneratedArticle['meta'][] = [];
  const summary: CorpusSummary = { articles: plan.articles, paragraphs: 0, bytes: 0, longArticles: [] };
  const BATCH = 64;
  for (let start = 0; start < plan.articles; start += BATCH) {
    const batch: Promise<void>[] = [];
    for (let i = start; i < Math.min(plan.articles, start + BATCH); i++) {
      const a = generateArticle(i, plan, src, vocab);
      sources.push(a.meta);
      summary.paragraphs += a.paragraphs;
      summary.bytes += Buffer.byteLength(a.text);
      if (a.paragraphs === LONG_ARTICLE_PARAGRAPHS) summary.longArticles.push(a.meta.id);
      batch.push(writeFile(join(tmp, a.meta.file), a.text));
    }
    await Promise.all(batch);
  }
  await writeFile(join(tmp, 'manifest.json'), `${JSON.stringify({ version: 1, sources }, null, 2)}\n`);
  await rm(outDir, { recursive: true, force: true });
  await rename(tmp, outDir);
  return summary;
}
