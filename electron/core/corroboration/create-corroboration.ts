import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { NotebookError } from '../../shared/result';
import type { Corpus } from '../corpus/corpus';
import { buildLinks, paramsKey, type BuildOptions, type BuildStats } from './build-links';
import { readCache, writeCache } from './corroboration-cache';
import type { Claim, Discrepancy, RelatedLink, WordDiff } from './corroboration-types';
import { describeClaims } from './describe-claims';
import { diffWords } from './diff-words';
import { findDiscrepancies } from './find-discrepancies';
import { LinkIndex } from './link-index';
import { LINK_KINDS, type LinkState } from './link-table';

export type * from './corroboration-types';
export type { BuildOptions, BuildStats } from './build-links';

export interface CorroborationOptions {
  corpus: Corpus;
  /** Where the cache file lives (created if missing); null keeps everything in memory. */
  cacheDir: string | null;
  /** Tuning for tests and the benchmark; the defaults are what the app uses. */
  build?: BuildOptions;
}

/** What open() did, for logs and the benchmark. */
export interface CorroborationStatus {
  /** 'cached': loaded as is; 'unchanged': cache of an older fingerprint whose paragraphs all still match. */
  mode: 'cached' | BuildStats['mode'];
  cacheFile: string | null;
  /** Why the cache was not used or not written (missing, corrupt, unwritable), or null. */
  cacheProblem: string | null;
  build: BuildStats | null;
  paragraphs: number;
  links: number;
  claims: number;
}

export interface Corroboration {
  /** Loads the cache or builds (fully or incrementally) and saves it. Call once before the rest. */
  open(): Promise<CorroborationStatus>;
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

/** One cache file per corpus directory, so two corpora sharing a cache dir do not evict each other. */
export function cacheFileFor(cacheDir: string, corpus: Corpus): string {
  return path.join(cacheDir, `corroboration-${createHash('sha256').update(corpus.dir).digest('hex').slice(0, 12)}.bin`);
}

interface Ready {
  index: LinkIndex;
  claims: Claim[];
  byId: Map<string, Claim>;
  /** claimOf root row → claim */
  byRoot: Map<number, Claim>;
  discrepancies: Map<string, Discrepancy[]>;
}

export function createCorroboration(options: CorroborationOptions): Corroboration {
  const { corpus } = options;
  let ready: Ready | null = null;

  const need = (): Ready => {
    if (!ready) throw new NotebookError('INTERNAL', 'Corroboration is not open yet: call open() first.');
    return ready;
  };
  const textOf = (paragraphId: string): string => {
    const p = corpus.getParagraph(paragraphId);
    if (!p) throw new NotebookError('NOT_FOUND', `No paragraph "${paragraphId}" in the corpus at ${corpus.dir}.`);
    return p.text;
  };

  async function load(): Promise<{ state: LinkState; status: Omit<CorroborationStatus, 'paragraphs' | 'links' | 'claims'> }> {
    const file = options.cacheDir === null ? null : cacheFileFor(options.cacheDir, corpus);
    let problem: string | null = null;
    let previous: LinkState | null = null;
    if (file) {
      const read = await readCache(file);
      if (read.ok && read.state.paramsKey === paramsKey(options.build) && read.state.fingerprint === corpus.fingerprint) {
        return { state: read.state, status: { mode: 'cached', cacheFile: file, cacheProblem: null, build: null } };
      }
      if (read.ok) previous = read.state;
      else if (read.reason !== 'no cache yet') problem = read.reason;
    }
    const { state, stats } = buildLinks(corpus, previous, options.build);
    if (file && options.cacheDir) {
      try {
        await mkdir(options.cacheDir, { recursive: true });
        await writeCache(file, state);
      } catch (e) {
        problem = `could not save the corroboration cache ${file}: ${(e as Error).message}`;
      }
    }
    return { state, status: { mode: stats.mode, cacheFile: file, cacheProblem: problem, build: stats } };
  }

  return {
    async open() {
      const { state, status } = await load();
      const index = new LinkIndex(state);
      const claims = describeClaims(corpus, state).sort((x, y) => y.independentSources - x.independentSources || y.members.length - x.members.length || (x.id < y.id ? -1 : 1));
      const byRoot = new Map<number, Claim>();
      for (const c of claims) byRoot.set(state.claimOf[index.rowOf(c.members[0]?.paragraphId ?? '')] as number, c);
      ready = { index, claims, byId: new Map(claims.map((c) => [c.id, c])), byRoot, discrepancies: new Map() };
      return { ...status, paragraphs: state.table.paragraphN.length, links: state.links.a.length, claims: claims.length };
    },

    related(paragraphId) {
      const { index } = need();
      const row = index.rowOf(paragraphId);
      if (row < 0) return [];
      const { links } = index.state;
      return Array.from(index.linksOf(row), (i): RelatedLink => {
        const other = links.a[i] === row ? (links.b[i] as number) : (links.a[i] as number);
        return { a: paragraphId, b: index.idOf(other), kind: LINK_KINDS[links.kind[i] as number] ?? 'paraphrase', score: links.score[i] as number };
      }).sort((x, y) => y.score - x.score || (x.b < y.b ? -1 : 1));
    },

    claims() {
      return need().claims;
    },

    claimFor(paragraphId) {
      const { index, byRoot } = need();
      const row = index.rowOf(paragraphId);
      return row < 0 ? undefined : byRoot.get(index.state.claimOf[row] as number);
    },

    discrepancies(claimId) {
      const r = need();
      const claim = r.byId.get(claimId);
      if (!claim) throw new NotebookError('NOT_FOUND', `No claim "${claimId}": claim ids change when the corpus does; list them again with claims().`);
      let found = r.discrepancies.get(claimId);
      if (!found) {
        found = findDiscrepancies(claim, textOf);
        r.discrepancies.set(claimId, found);
      }
      return found;
    },

    compare(aId, bId) {
      return diffWords(textOf(aId), textOf(bId));
    },
  };
}
