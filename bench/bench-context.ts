// What every benchmark gets from the runner: the cached data, a scratch directory that the runner
// removes at the end, and the repetition counts for full or quick runs.
import { cp, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchData } from './generate';

export interface BenchContext {
  data: BenchData;
  quick: boolean;
  /** Removed by the runner when every benchmark is done. */
  scratch: string;
  /** Progress for the person watching (stderr), not a result line. */
  log: (line: string) => void;
  /**
   * A search-index cache directory that matches the corpus, once some benchmark has built one
   * (cold open does); later benchmarks pass it as cacheDir instead of building again.
   */
  /** Left by one benchmark for a later one: caches already built in this run. */
  shared: { warmCacheDir?: string; corroborationCacheDir?: string };
}

/** `full` in a full run, `quick` with --quick. */
export const reps = (ctx: BenchContext, full: number, quick: number) => (ctx.quick ? quick : full);

/** A private copy of the heavy notebook, so a benchmark that writes never touches the cache. */
export async function copyNotebook(ctx: BenchContext, label: string): Promise<string> {
  const dir = await mkdtemp(join(ctx.scratch, `${label}-`));
  const dataDir = join(dir, 'data');
  await cp(ctx.data.notebookDir, dataDir, { recursive: true });
  return dataDir;
}

/** A fresh, empty directory in the scratch area. */
export const scratchDir = (ctx: BenchContext, label: string) => mkdtemp(join(ctx.scratch, `${label}-`));
