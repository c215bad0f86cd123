import { NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import type { BuildOptions } from './build-links';
import type { Claim, Discrepancy, RelatedLink, WordDiff } from './corroboration-types';
import { diffWords } from './diff-words';
import { findDiscrepancies } from './find-discrepancies';
import { LinkIndex } from './link-index';
import { LINK_KINDS } from './link-table';
import { loadLinkState, type CorroborationStatus, type LoadedLinks } from './load-link-state';

export type * from './corroboration-types';
export type { BuildOptions, BuildStats } from './build-links';
export { cacheFileFor, type CorroborationStatus } from './load-link-state';

export interface CorroborationOptions {
  corpus: Corpus;
  /** Where the cache file lives (created if missing); null keeps everything in memory. */
  cacheDir: string | null;
  /** Tuning for tests and the benchmark; the defaults are what the app uses. */
  build?: BuildOptions;
}

/** Answers from links already loaded: every method is synchronous and cheap. */
export interface Corroboration {
  /** Links from a paragraph to paragraphs of other sources, best first; [] when it has none. */
  related(paragraphId: string): RelatedLink[];
  /** Every claim reported by at least two sources, most independent sources first. */
  claims(): Claim[];
  claimFor(paragraphId: string): Claim | undefined;
  /** Throws NotebookError('NOT_FOUND') for an unknown claim id. */
  discrepancies(claimId: string): Discrepancy[];
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

/** The queries over loaded links; `corpus` gives the paragraph texts and must be the one they were built from. */
export function corroborationOver(corpus: Corpus, loaded: Pick<LoadedLinks, 'state' | 'claims'>): Corroboration {
  const { state, claims } = loaded;
  const index = new LinkIndex(state);
  const byId = new Map(claims.map((c) => [c.id, c]));
  /** claimOf root row → claim */
  const byRoot = new Map<number, Claim>();
  for (const c of claims) byRoot.set(state.claimOf[index.rowOf(c.members[0]?.paragraphId ?? '')] as number, c);
  const found = new Map<string, Discrepancy[]>();
  const textOf = (paragraphId: string): string => {
    const p = corpus.getParagraph(paragraphId);
    if (!p) throw new NotebookError('NOT_FOUND', `No paragraph "${paragraphId}" in the corpus at ${corpus.dir}.`);
    return p.text;
  };

  return {
    related(paragraphId) {
      const row = index.rowOf(paragraphId);
      if (row < 0) return [];
      const { links } = state;
      return Array.from(index.linksOf(row), (i): RelatedLink => {
        const other = links.a[i] === row ? (links.b[i] as number) : (links.a[i] as number);
        return { a: paragraphId, b: index.idOf(other), kind: LINK_KINDS[links.kind[i] as number] ?? 'paraphrase', score: links.score[i] as number };
      }).sort((x, y) => y.score - x.score || (x.b < y.b ? -1 : 1));
    },

    claims() {
      return claims;
    },

    claimFor(paragraphId) {
      const row = index.rowOf(paragraphId);
      return row < 0 ? undefined : byRoot.get(state.claimOf[row] as number);
    },

    discrepancies(claimId) {
      const claim = byId.get(claimId);
      if (!claim) throw new NotebookError('NOT_FOUND', `No claim "${claimId}": claim ids change when the corpus does; list them again with claims().`);
      let list = found.get(claimId);
      if (!list) {
        list = findDiscrepancies(claim, textOf);
        found.set(claimId, list);
      }
      return list;
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
    claims: () => need().claims(),
    claimFor: (paragraphId) => need().claimFor(paragraphId),
    discrepancies: (claimId) => need().discrepancies(claimId),
    compare: (aId, bId) => need().compare(aId, bId),
  };
}
