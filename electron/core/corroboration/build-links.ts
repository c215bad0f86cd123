import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus';
import { clusterLinks } from './cluster-links';
import { MIN_SHARED_TERMS, pairSimilarity, scorePair, PARAPHRASE_MIN, QUOTE_MIN } from './link-scorer';
import { LINK_KINDS, linkTable, type LinkRecord, type LinkState, type LinkTable } from './link-table';
import { hashStopTerms, MIN_SIGNED_TERMS, STOP_MIN_COUNT, STOP_SHARE } from './hash-stop-terms';
import { DEFAULT_BUCKET_CAP, lshCandidates, pairA, pairB } from './lsh-candidates';
import { DEFAULT_MINHASH, MinHasher, type MinHashParams } from './minhash';
import { paragraphFeatures, type ParagraphFeatures } from './paragraph-features';
import { assembleTable, computeSourceRows, sourceDigest, type ReusedRows, type SignatureTable, type SourceRows } from './signature-table';
import { SPELLING } from './stem-word';
import { STOPWORDS } from './stopwords';
import { SYNONYM_GROUPS } from './term-synonyms';
import { TermWeights } from './term-weights';
import { UnionFind } from './union-find';

/**
 * Bump when tokenizing, features or scoring code changes, so caches built by older rules are
 * rebuilt. Edits to the word lists (stopwords, synonyms, spellings) are caught by their digest.
 */
const RULES_VERSION = 4;
const WORD_LISTS = createHash('sha256')
  .update(JSON.stringify([[...STOPWORDS], SYNONYM_GROUPS, [...SPELLING]]))
  .digest('hex')
  .slice(0, 12);
/**
 * Past this share of changed paragraphs an update costs about as much as a full build, and the
 * term weights (IDF) carried by the unchanged links would have drifted: build afresh.
 */
const INCREMENTAL_MAX_SHARE = 0.25;
/** Claim members compared per merge (see cluster-links.ts). */
const CLUSTER_SAMPLE = 6;

export interface BuildOptions {
  minhash?: MinHashParams;
  bucketCap?: number;
}

export interface BuildStats {
  mode: 'full' | 'incremental' | 'unchanged';
  sources: number;
  /** Sources whose signatures were computed in this build. */
  recomputedSources: string[];
  removedSources: string[];
  rows: number;
  candidates: number;
  links: number;
}

export function paramsKey(options: BuildOptions = {}): string {
  const m = options.minhash ?? DEFAULT_MINHASH;
  const spec = `rules=${RULES_VERSION} words=${WORD_LISTS} stop=${STOP_SHARE},${STOP_MIN_COUNT},${MIN_SIGNED_TERMS} bands=${m.bands} rows=${m.rows} seed=${m.seed} cap=${options.bucketCap ?? DEFAULT_BUCKET_CAP} q=${QUOTE_MIN} p=${PARAPHRASE_MIN} shared=${MIN_SHARED_TERMS}`;
  return createHash('sha256').update(spec).digest('hex').slice(0, 16);
}

function weightsOf(table: SignatureTable, common: Int32Array): TermWeights {
  const w = new TermWeights(common);
  for (let r = 0; r + 1 < table.termStart.length; r++) w.add(table.terms.subarray(table.termStart[r], table.termStart[r + 1]));
  return w;
}

/** Scores candidate pairs; `featuresOf` computes a row's features on first use. */
function scoreCandidates(candidates: Float64Array, weights: TermWeights, featuresOf: (row: number) => ParagraphFeatures): LinkRecord[] {
  const out: LinkRecord[] = [];
  for (const key of candidates) {
    const a = pairA(key);
    const b = pairB(key);
    const s = scorePair(featuresOf(a), featuresOf(b), weights);
    if (s) out.push({ a, b, score: s.score, kind: LINK_KINDS.indexOf(s.kind) });
  }
  return out;
}

function rowSources(table: SignatureTable): Int32Array {
  const out = new Int32Array(table.paragraphN.length);
  table.sources.forEach((s, i) => out.fill(i, s.start, s.start + s.count));
  return out;
}

/** Claims: groups merge at the link threshold itself, so a claim is as tight as its links. */
function claimsOf(table: SignatureTable, links: LinkTable, weights: TermWeights, featuresOf: (row: number) => ParagraphFeatures, only?: Uint8Array): Int32Array {
  const similarity = (a: number, b: number): number => pairSimilarity(featuresOf(a), featuresOf(b), weights);
  return clusterLinks(table.paragraphN.length, links, rowSources(table), similarity, { minMeanSimilarity: PARAPHRASE_MIN, sample: CLUSTER_SAMPLE }, only);
}

/**
 * Marks the rows of every connected component (over `links`) that holds an affected row: the
 * only claims an update has to form again. The others keep their previous grouping.
 */
function componentsTouching(rows: number, links: LinkTable, affected: Uint8Array): Uint8Array {
  const sets = new UnionFind(rows);
  for (let i = 0; i < links.a.length; i++) sets.union(links.a[i] as number, links.b[i] as number);
  const hit = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) if (affected[r]) hit[sets.find(r)] = 1;
  const out = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) out[r] = hit[sets.find(r)] as number;
  return out;
}

/** Features by row, where known (an array, not a map: it is read twice per candidate pair). */
type KnownFeatures = (ParagraphFeatures | undefined)[];

function rowFeatures(corpus: Corpus, table: SignatureTable, known: KnownFeatures): (row: number) => ParagraphFeatures {
  const sourceOfRow = rowSources(table);
  return (row) => {
    let f = known[row];
    if (!f) {
      const source = table.sources[sourceOfRow[row] as number];
      const p = source && corpus.getParagraph(`${source.id}:p${table.paragraphN[row] as number}`);
      if (!p) throw new Error(`Row ${row} of the signature table names a paragraph the corpus does not have.`);
      f = paragraphFeatures(p.text);
      known[row] = f;
    }
    return f;
  };
}

function fullBuild(corpus: Corpus, options: BuildOptions): { state: LinkState; stats: BuildStats } {
  const hasher = new MinHasher(options.minhash ?? DEFAULT_MINHASH);
  const parts = corpus.sources.map((s) => computeSourceRows(corpus, s.id));
  const hashStop = hashStopTerms(parts.flatMap((p) => p.terms));
  const table = assembleTable(parts, hasher, hashStop);
  const known: KnownFeatures = parts.flatMap((p) => p.features);
  const candidates = lshCandidates(table, { bucketCap: options.bucketCap ?? DEFAULT_BUCKET_CAP });
  const weights = weightsOf(table, hashStop);
  const featuresOf = rowFeatures(corpus, table, known);
  const links = linkTable(scoreCandidates(candidates, weights, featuresOf));
  const state: LinkState = { paramsKey: paramsKey(options), fingerprint: corpus.fingerprint, table, links, claimOf: claimsOf(table, links, weights, featuresOf), hashStop };
  return {
    state,
    stats: { mode: 'full', sources: parts.length, recomputedSources: parts.map((p) => p.entry.id), removedSources: [], rows: table.paragraphN.length, candidates: candidates.length, links: links.a.length },
  };
}

/**
 * Links for `corpus`. With a `previous` state built by the same rules, only sources whose
 * paragraphs changed (by text or kind) are re-signed, only candidate pairs touching them are
 * scored, and links between unchanged sources are carried over as they were. Term weights are
 * recounted over the whole corpus, so new links score exactly as in a full build; carried-over
 * links keep the scores they had (a small IDF drift, bounded by INCREMENTAL_MAX_SHARE).
 */
export function buildLinks(corpus: Corpus, previous: LinkState | null, options: BuildOptions = {}): { state: LinkState; stats: BuildStats } {
  if (!previous || previous.paramsKey !== paramsKey(options)) return fullBuild(corpus, options);
  const hasher = new MinHasher(options.minhash ?? DEFAULT_MINHASH);
  const prevById = new Map(previous.table.sources.map((s) => [s.id, s]));
  const parts: (SourceRows | ReusedRows)[] = [];
  const recomputed: string[] = [];
  for (const meta of corpus.sources) {
    const prev = prevById.get(meta.id);
    if (prev && prev.digest === sourceDigest(corpus, meta.id)) parts.push({ table: previous.table, entry: prev });
    else {
      parts.push(computeSourceRows(corpus, meta.id));
      recomputed.push(meta.id);
    }
  }
  const current = new Set(corpus.sources.map((s) => s.id));
  const removed = previous.table.sources.filter((s) => !current.has(s.id)).map((s) => s.id);
  const freshRows = parts.reduce((n, p) => n + ('table' in p ? 0 : p.entry.count), 0);
  const totalRows = parts.reduce((n, p) => n + p.entry.count, 0);
  if (recomputed.length === 0 && removed.length === 0) {
    const state = { ...previous, fingerprint: corpus.fingerprint };
    return { state, stats: { mode: 'unchanged', sources: parts.length, recomputedSources: [], removedSources: [], rows: totalRows, candidates: 0, links: previous.links.a.length } };
  }
  if (freshRows > totalRows * INCREMENTAL_MAX_SHARE) return fullBuild(corpus, options);

  const table = assembleTable(parts, hasher, previous.hashStop);
  const dirty = new Uint8Array(table.paragraphN.length);
  const known: KnownFeatures = new Array<ParagraphFeatures | undefined>(table.paragraphN.length).fill(undefined);
  /** previous row → new row, for rows of reused sources. */
  const remap = new Int32Array(previous.table.paragraphN.length).fill(-1);
  table.sources.forEach((entry, i) => {
    const part = parts[i] as SourceRows | ReusedRows;
    if ('table' in part) for (let k = 0; k < entry.count; k++) remap[part.entry.start + k] = entry.start + k;
    else {
      dirty.fill(1, entry.start, entry.start + entry.count);
      part.features.forEach((f, k) => (known[entry.start + k] = f));
    }
  });
  const candidates = lshCandidates(table, { bucketCap: options.bucketCap ?? DEFAULT_BUCKET_CAP, dirty });
  const weights = weightsOf(table, previous.hashStop);
  const featuresOf = rowFeatures(corpus, table, known);
  const records = scoreCandidates(candidates, weights, featuresOf);
  // Rows whose links change: the recomputed ones, and those that lost a partner.
  const affected = dirty.slice();
  const old = previous.links;
  for (let i = 0; i < old.a.length; i++) {
    const a = remap[old.a[i] as number] as number;
    const b = remap[old.b[i] as number] as number;
    if (a >= 0 && b >= 0) records.push({ a: Math.min(a, b), b: Math.max(a, b), score: old.score[i] as number, kind: old.kind[i] as number });
    else if (a >= 0) affected[a] = 1;
    else if (b >= 0) affected[b] = 1;
  }
  const links = linkTable(records);
  const regroup = componentsTouching(table.paragraphN.length, links, affected);
  const claimOf = claimsOf(table, links, weights, featuresOf, regroup);
  previous.claimOf.forEach((root, prevRow) => {
    const row = remap[prevRow] as number;
    if (row >= 0 && regroup[row] === 0 && root >= 0) claimOf[row] = remap[root] as number;
  });
  const state: LinkState = { paramsKey: previous.paramsKey, fingerprint: corpus.fingerprint, table, links, claimOf, hashStop: previous.hashStop };
  return {
    state,
    stats: { mode: 'incremental', sources: parts.length, recomputedSources: recomputed, removedSources: removed, rows: totalRows, candidates: candidates.length, links: records.length },
  };
}
