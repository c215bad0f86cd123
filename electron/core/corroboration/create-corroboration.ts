import { NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import type { BuildOptions } from './build-links';
import { widestPaths, type PathLink } from './claim-paths';
import type { Claim, Discrepancy, RelatedLink, WordDiff } from './corroboration-types';
import { diffWords } from './diff-words';
import type { DiscrepancySource } from './discrepancy-checker';
import { LinkIndex } from './link-index';
import { LINK_KINDS } from './link-table';
import { loadLinkState, type CorroborationStatus, type LoadedLinks } from './load-link-state';

export type * from './corroboration-types';
export type { BuildOptions, BuildStats } from './build-links';
export { cacheFileFor, type CorroborationStatus } from './load-link-state';
export type { DiscrepancySource } from './discrepancy-checker';

export interface CorroborationOptions {
  corpus: Corpus;
  /** Where the cache file lives (created if missing); null keeps everything in memory. */
  cacheDir: string | null;
  /** Tuning for tests and the benchmark; the defaults are what the app uses. */
  build?: BuildOptions;
}

/**
 * Answers from links already loaded: synchronous and cheap, except discrepancies, which are
 * found (~45 ms a claim) by a DiscrepancySource (the worker, for the notebook) and memoised here.
 */
export interface Corroboration {
  /** Paragraphs of other sources that report the same, best first: its links, then the rest of its claim; [] when none. */
  related(paragraphId: string): RelatedLink[];
  /** Only the paragraph's own links (via 'link'), unsorted: cheap, with no walk through its claim. */
  linksOf(paragraphId: string): RelatedLink[];
  /** Every claim reported by at least two sources, most independent sources first. */
  claims(): Claim[];
  claimFor(paragraphId: string): Claim | undefined;
  /** Rejects with NotebookError('NOT_FOUND') for an unknown claim id. */
  discrepancies(claimId: string): Promise<Discrepancy[]>;
  /** The discrepancies of several claims in one request (a page of them); NOT_FOUND as above. */
  discrepanciesOf(claimIds: readonly string[]): Promise<Map<string, Discrepancy[]>>;
  /** The discrepancies of a claim if already found, without finding them. */
  knownDiscrepancies(claimId: string): Discrepancy[] | undefined;
  /**
   * Starts (once) finding the discrepancies of every claim in claim order; knownDiscrepancies
   * answers for more claims as it goes. Resolves when all are found; after a failure a later
   * call starts again.
   */
  checkAllDiscrepancies(): Promise<void>;
  /** Word-level differences between two paragraphs; `match: true` marks differing words. */
  compare(aId: string, bId: string): WordDiff;
}

export interface OpenableCorroboration extends Corroboration {
  /**
   * Loads the cache or builds (fully or incrementally) and saves it, in this thread. Call once
   * before the rest. The notebook builds in a worker instead (corroboration-loader.ts).
   */
  open(): Promise<CorroborationStatus>;
}

/**
 * Discrepancies found in this thread, loading the language model (compromise) on first use only:
 * the notebook, which asks its worker instead, never loads it in its own thread.
 */
function inThread(claims: readonly Claim[], textOf: (paragraphId: string) => string): DiscrepancySource {
  let source: Promise<DiscrepancySource> | null = null;
  const get = (): Promise<DiscrepancySource> => (source ??= import('./discrepancy-checker').then((m) => m.discrepanciesInThread(claims, textOf)));
  return {
    find: async (claimIds) => (await get()).find(claimIds),
    checkAll: async (onChecked) => (await get()).checkAll(onChecked),
  };
}

/** The queries over loaded links; `corpus` gives the paragraph texts and must be the one they were built from. */
export function corroborationOver(corpus: Corpus, loaded: Pick<LoadedLinks, 'state' | 'claims' | 'known'>, source?: DiscrepancySource): Corroboration {
  const { state, claims } = loaded;
  const index = new LinkIndex(state);
  const byId = new Map(claims.map((c) => [c.id, c]));
  /** claimOf root row → claim */
  const byRoot = new Map<number, Claim>();
  for (const c of claims) byRoot.set(state.claimOf[index.rowOf(c.members[0]?.paragraphId ?? '')] as number, c);
  const found = new Map<string, Discrepancy[]>(loaded.known);
  const textOf = (paragraphId: string): string => {
    const p = corpus.getParagraph(paragraphId);
    if (!p) throw new NotebookError('NOT_FOUND', `No paragraph "${paragraphId}" in the corpus at ${corpus.dir}.`);
    return p.text;
  };
  const finder = source ?? inThread(claims, textOf);
  const linksOfRow = (row: number): PathLink[] =>
    Array.from(index.linksOf(row), (i) => ({
      other: state.links.a[i] === row ? (state.links.b[i] as number) : (state.links.a[i] as number),
      score: state.links.score[i] as number,
      quote: LINK_KINDS[state.links.kind[i] as number] === 'quote',
    }));
  const directLinks = (paragraphId: string, row: number): RelatedLink[] =>
    linksOfRow(row).map((l) => ({ a: paragraphId, b: index.idOf(l.other), kind: l.quote ? 'quote' : 'paraphrase', score: l.score, via: 'link' }));
  /**
   * The claim's members in other sources that the paragraph has no link of its own to: the claim
   * says they report the same, so "Also reported by" counts them too, scored by the chain of links
   * that joins them (its weakest link).
   */
  const throughClaim = (paragraphId: string, row: number, direct: readonly RelatedLink[]): RelatedLink[] => {
    const claim = byRoot.get(state.claimOf[row] as number);
    if (!claim) return [];
    const own = index.sourceOfRow(row).id;
    const linked = new Set(direct.map((l) => l.b));
    const rows = new Map(claim.members.map((m) => [index.rowOf(m.paragraphId), m]));
    const out: RelatedLink[] = [];
    for (const [other, path] of widestPaths(row, new Set(rows.keys()), linksOfRow)) {
      const m = rows.get(other);
      if (!m || m.sourceId === own || linked.has(m.paragraphId)) continue;
      out.push({ a: paragraphId, b: m.paragraphId, kind: path.quote ? 'quote' : 'paraphrase', score: path.score, via: 'claim' });
    }
    return out;
  };
  let checking: Promise<void> | null = null;
  const discrepanciesOf = async (claimIds: readonly string[]): Promise<Map<string, Discrepancy[]>> => {
    for (const id of claimIds) {
      if (!byId.has(id)) throw new NotebookError('NOT_FOUND', `No claim "${id}": claim ids change when the corpus does; list them again with claims().`);
    }
    const missing = [...new Set(claimIds.filter((id) => !found.has(id)))];
    if (missing.length > 0) for (const [id, list] of await finder.find(missing)) found.set(id, list);
    return new Map(claimIds.map((id) => [id, found.get(id) ?? []]));
  };

  return {
    related(paragraphId) {
      const row = index.rowOf(paragraphId);
      if (row < 0) return [];
      const direct = directLinks(paragraphId, row);
      return [...direct, ...throughClaim(paragraphId, row, direct)].sort((x, y) => y.score - x.score || (x.b < y.b ? -1 : 1));
    },

    linksOf(paragraphId) {
      const row = index.rowOf(paragraphId);
      return row < 0 ? [] : directLinks(paragraphId, row);
    },

    claims() {
      return claims;
    },

    claimFor(paragraphId) {
      const row = index.rowOf(paragraphId);
      return row < 0 ? undefined : byRoot.get(state.claimOf[row] as number);
    },

    async discrepancies(claimId) {
      return (await discrepanciesOf([claimId])).get(claimId) ?? [];
    },

    discrepanciesOf,

    knownDiscrepancies(claimId) {
      return found.get(claimId);
    },

    checkAllDiscrepancies() {
      checking ??= finder
        .checkAll((answers) => {
          for (const [id, list] of answers) found.set(id, list);
        })
        .catch((e: unknown) => {
          checking = null;
          throw e;
        });
      return checking;
    },

    compare(aId, bId) {
      return diffWords(textOf(aId), textOf(bId));
    },
  };
}

export function createCorroboration(options: CorroborationOptions): OpenableCorroboration {
  let ready: Corroboration | null = null;
  const need = (): Corroboration => {
    if (!ready) throw new NotebookError('INTERNAL', 'Corroboration is not open yet: call open() first.');
    return ready;
  };
  return {
    async open() {
      const loaded = await loadLinkState(options);
      ready = corroborationOver(options.corpus, loaded);
      return loaded.status;
    },
    related: (paragraphId) => need().related(paragraphId),
    linksOf: (paragraphId) => need().linksOf(paragraphId),
    claims: () => need().claims(),
    claimFor: (paragraphId) => need().claimFor(paragraphId),
    discrepancies: async (claimId) => need().discrepancies(claimId),
    discrepanciesOf: async (claimIds) => need().discrepanciesOf(claimIds),
    knownDiscrepancies: (claimId) => need().knownDiscrepancies(claimId),
    checkAllDiscrepancies: async () => need().checkAllDiscrepancies(),
    compare: (aId, bId) => need().compare(aId, bId),
  };
}
