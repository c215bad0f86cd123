// Scores corroboration against the hand-labelled gold set (bench/corroboration-gold.json): the
// precision and recall of the links, and how many of the expected discrepancies are found.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/corpus';
import type { Corroboration, DiscrepancyType, LinkKind } from './create-corroboration';
import { isEligible } from './eligible-paragraph';

export const GOLD_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bench/corroboration-gold.json');

export type GoldLabel = 'same-quote' | 'same-fact' | 'unrelated';

export interface GoldPair {
  a: string;
  b: string;
  label: GoldLabel;
  statement?: string;
  reason: string;
}

export interface GoldDiscrepancy {
  id: string;
  types: DiscrepancyType[];
  /** Two sides: some paragraph of each must appear in one discrepancy with one of its words. */
  sides: [GoldSide, GoldSide];
  reason: string;
}

interface GoldSide {
  paragraphs: string[];
  words: string[];
}

export interface Floor {
  precision: number;
  recall: number;
  discrepancyRecall: number;
}

export interface GoldSet {
  pairs: GoldPair[];
  excluded: { a: string; b: string; reason: string }[];
  discrepancies: GoldDiscrepancy[];
  /** What the algorithm last met: gold-evaluation.test.ts fails below it. */
  floor: Floor & { met?: string };
}

export interface Evaluation extends Floor {
  positives: number;
  /** Recall of the same-quote pairs and of the same-fact pairs, apart. */
  quoteRecall: number;
  factRecall: number;
  /** Links on pairs that count (not excluded). */
  links: number;
  truePositives: number;
  /** Found links whose kind (quote / paraphrase) matches the label (same-quote / same-fact). */
  kindAgreement: number;
  hardNegatives: number;
  hardNegativesLinked: number;
  discrepanciesExpected: number;
  discrepanciesFound: number;
  /** Each wrong or missed pair, for the person tuning: "FP a b (kind score)", "FN a b (label)". */
  errors: string[];
  missedDiscrepancies: string[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const sourceOf = (paragraphId: string): string => paragraphId.slice(0, paragraphId.lastIndexOf(':p'));

/** Throws on a gold file that names a paragraph the corpus lacks, or labels a pair twice. */
export function checkGold(gold: GoldSet, corpus: Corpus): void {
  const seen = new Set<string>();
  for (const p of [...gold.pairs, ...gold.excluded]) {
    for (const id of [p.a, p.b]) {
      const paragraph = corpus.getParagraph(id);
      if (!paragraph) throw new Error(`Gold pair ${p.a} / ${p.b}: no paragraph ${id} in the corpus.`);
      if (!isEligible(paragraph)) throw new Error(`Gold pair ${p.a} / ${p.b}: ${id} is a ${paragraph.kind}, which is never linked.`);
    }
    if (sourceOf(p.a) === sourceOf(p.b)) throw new Error(`Gold pair ${p.a} / ${p.b}: both paragraphs are from one source.`);
    const key = pairKey(p.a, p.b);
    if (seen.has(key)) throw new Error(`Gold pair ${p.a} / ${p.b} is listed twice.`);
    seen.add(key);
  }
  for (const d of gold.discrepancies) {
    for (const id of d.sides.flatMap((s) => s.paragraphs)) if (!corpus.getParagraph(id)) throw new Error(`Gold discrepancy ${d.id}: no paragraph ${id}.`);
  }
}

export async function readGold(file = GOLD_FILE): Promise<GoldSet> {
  return JSON.parse(await readFile(file, 'utf8')) as GoldSet;
}

interface FoundLink {
  kind: LinkKind;
  score: number;
}

function allLinks(corpus: Corpus, c: Corroboration): Map<string, FoundLink> {
  const out = new Map<string, FoundLink>();
  for (const p of corpus.allParagraphs()) for (const l of c.related(p.id)) out.set(pairKey(l.a, l.b), { kind: l.kind, score: l.score });
  return out;
}

async function discrepancyFound(d: GoldDiscrepancy, c: Corroboration): Promise<boolean> {
  const has = (side: GoldSide, paragraphId: string, text: string): boolean =>
    side.paragraphs.includes(paragraphId) && side.words.some((w) => text.toLowerCase().includes(w.toLowerCase()));
  const claims = new Set(d.sides[0].paragraphs.map((id) => c.claimFor(id)).filter((x) => x !== undefined));
  for (const claim of claims) {
    for (const found of await c.discrepancies(claim.id)) {
      if (!d.types.includes(found.type)) continue;
      const [first, second] = d.sides;
      if (found.values.some((v) => has(first, v.paragraphId, v.text)) && found.values.some((v) => has(second, v.paragraphId, v.text))) return true;
    }
  }
  return false;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** `c` must be open over `corpus`. */
export async function evaluateGold(gold: GoldSet, corpus: Corpus, c: Corroboration): Promise<Evaluation> {
  checkGold(gold, corpus);
  const labels = new Map(gold.pairs.map((p) => [pairKey(p.a, p.b), p]));
  const excluded = new Set(gold.excluded.map((p) => pairKey(p.a, p.b)));
  const links = allLinks(corpus, c);
  const errors: string[] = [];
  let counted = 0;
  let truePositives = 0;
  let kindAgreement = 0;
  for (const [key, link] of [...links].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (excluded.has(key)) continue;
    counted++;
    const gold = labels.get(key);
    const [a, b] = key.split('|');
    if (gold && gold.label !== 'unrelated') {
      truePositives++;
      if ((gold.label === 'same-quote') === (link.kind === 'quote')) kindAgreement++;
    } else errors.push(`FP ${a} ${b} (${link.kind} ${link.score}${gold ? ', a hard negative' : ''})`);
  }
  const positives = gold.pairs.filter((p) => p.label !== 'unrelated');
  for (const p of positives) if (!links.has(pairKey(p.a, p.b))) errors.push(`FN ${p.a} ${p.b} (${p.label}, ${p.statement ?? ''})`);
  const hard = gold.pairs.filter((p) => p.label === 'unrelated');
  const recallOf = (label: GoldLabel): number => {
    const of = positives.filter((p) => p.label === label);
    return ratio(of.filter((p) => links.has(pairKey(p.a, p.b))).length, of.length);
  };
  const missed: string[] = [];
  for (const d of gold.discrepancies) if (!(await discrepancyFound(d, c))) missed.push(d.id);
  return {
    precision: ratio(truePositives, counted),
    recall: ratio(truePositives, positives.length),
    discrepancyRecall: ratio(gold.discrepancies.length - missed.length, gold.discrepancies.length),
    positives: positives.length,
    quoteRecall: recallOf('same-quote'),
    factRecall: recallOf('same-fact'),
    links: counted,
    truePositives,
    kindAgreement: ratio(kindAgreement, truePositives),
    hardNegatives: hard.length,
    hardNegativesLinked: hard.filter((p) => links.has(pairKey(p.a, p.b))).length,
    discrepanciesExpected: gold.discrepancies.length,
    discrepanciesFound: gold.discrepancies.length - missed.length,
    errors,
    missedDiscrepancies: missed,
  };
}
