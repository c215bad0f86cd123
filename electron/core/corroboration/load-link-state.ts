// The heavy half of opening corroboration: read the cache, or build the links (fully or
// incrementally) and save them, then describe the claims. Runs in a worker for the notebook
// (corroboration-worker.ts) and in the calling thread for createCorroboration.
import { mkdir } from 'node:fs/promises';
import type { Corpus } from '../corpus/corpus';
import { cacheFileOfCorpus } from '../corpus/corpus-cache';
import { buildLinks, paramsKey, type BuildOptions, type BuildStats } from './build-links';
import { removeStaleTemps } from '../store/write-file-durably';
import { readCache, writeCache } from './corroboration-cache';
import type { Claim } from './corroboration-types';
import type { DiscrepancyAnswer } from './corroboration-worker-protocol';
import { describeClaims } from './describe-claims';
import type { LinkState } from './link-table';

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

/** The steps of a load, in order; 'corpus' is the worker's own (it reads the corpus first). */
export type LoadStep = 'corpus' | 'cache' | 'links' | 'saving' | 'claims';

export interface LoadedLinks {
  state: LinkState;
  /** Most independent sources first, then most members, then by id. */
  claims: Claim[];
  status: CorroborationStatus;
  /** Discrepancies found in an earlier run that still hold (the worker reads them from their cache). */
  known?: DiscrepancyAnswer[];
}

export interface LoadLinkOptions {
  corpus: Corpus;
  /** Where the cache file lives (created if missing); null keeps everything in memory. */
  cacheDir: string | null;
  build?: BuildOptions;
  onStep?: (step: LoadStep) => void;
}

/** One cache file per corpus directory, so two corpora sharing a cache dir do not evict each other. */
export function cacheFileFor(cacheDir: string, corpus: Corpus): string {
  return cacheFileOfCorpus(cacheDir, corpus.dir, 'corroboration', '.bin');
}

type Loaded = { state: LinkState; status: Omit<CorroborationStatus, 'paragraphs' | 'links' | 'claims'> };

async function readOrBuild(options: LoadLinkOptions): Promise<Loaded> {
  const { corpus, cacheDir } = options;
  const step = options.onStep ?? (() => undefined);
  const file = cacheDir === null ? null : cacheFileFor(cacheDir, corpus);
  let problem: string | null = null;
  let previous: LinkState | null = null;
  if (file) {
    step('cache');
    await removeStaleTemps(file); // a build stopped while it saved
    const read = await readCache(file);
    if (read.ok && read.state.paramsKey === paramsKey(options.build) && read.state.fingerprint === corpus.fingerprint) {
      return { state: read.state, status: { mode: 'cached', cacheFile: file, cacheProblem: null, build: null } };
    }
    if (read.ok) previous = read.state;
    else if (read.reason !== 'no cache yet') problem = read.reason;
  }
  step('links');
  const { state, stats } = buildLinks(corpus, previous, options.build);
  if (file && cacheDir) {
    step('saving');
    try {
      await mkdir(cacheDir, { recursive: true });
      await writeCache(file, state);
    } catch (e) {
      problem = `could not save the corroboration cache ${file}: ${(e as Error).message}`;
    }
  }
  return { state, status: { mode: stats.mode, cacheFile: file, cacheProblem: problem, build: stats } };
}

export async function loadLinkState(options: LoadLinkOptions): Promise<LoadedLinks> {
  const { state, status } = await readOrBuild(options);
  options.onStep?.('claims');
  const claims = describeClaims(options.corpus, state).sort(
    (x, y) => y.independentSources - x.independentSources || y.members.length - x.members.length || (x.id < y.id ? -1 : 1),
  );
  return { state, claims, status: { ...status, paragraphs: state.table.paragraphN.length, links: state.links.a.length, claims: claims.length } };
}
