// Started by the cold-open benchmark as its own process, as the app starts: it opens the notebook,
// loads (or builds) the search index, answers one search, and prints one result line. The parent
// measures from spawn to that line, so process start and module loading count too.
//
// bench-cold-open runs it bundled with the main process's esbuild settings, as the app is shipped;
// DOSSIER_STYLES names the bundled styles folder, which a bundle cannot find by itself.
//   node <bundle> open     <corpusDir> <dataDir> <cacheDir> <query>
//   node <bundle> baseline <corpusDir>
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatReportLine, type ColdOpenReport } from './cold-open-report';

async function runOpen(corpusDir: string, dataDir: string, cacheDir: string, query: string): Promise<void> {
  const { openNotebook } = await import('../electron/core/notebook/open-notebook');
  const t0 = performance.now();
  const nb = await openNotebook({ dataDir, corpusDir, cacheDir, ...(process.env.DOSSIER_STYLES ? { stylesDir: process.env.DOSSIER_STYLES } : {}) });
  const t1 = performance.now();
  await nb.warm();
  const t2 = performance.now();
  const result = await nb.search({ text: query, limit: 20 });
  const report: ColdOpenReport = {
    sinceStart: performance.now(),
    startMs: t0,
    openedMs: t1,
    openMs: t1 - t0,
    indexMs: t2 - t1,
    hits: result.total,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
  };
  process.stdout.write(formatReportLine(report));
  await nb.close();
}

/** The floor: start a process and read every byte of the corpus, with no parsing or indexing. */
async function runBaseline(corpusDir: string): Promise<void> {
  const t0 = performance.now();
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as { sources: { file: string }[] };
  let bytes = 0;
  const files = manifest.sources.map((s) => s.file);
  for (let i = 0; i < files.length; i += 64) {
    const chunk = await Promise.all(files.slice(i, i + 64).map((f) => readFile(join(corpusDir, f))));
    for (const b of chunk) bytes += b.length;
  }
  const report: ColdOpenReport = {
    sinceStart: performance.now(),
    startMs: t0,
    openedMs: performance.now(),
    openMs: performance.now() - t0,
    indexMs: 0,
    hits: bytes,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
  };
  process.stdout.write(formatReportLine(report));
}

const [mode, corpusDir, dataDir, cacheDir, query] = process.argv.slice(2);
const run =
  mode === 'open' && corpusDir && dataDir && cacheDir && query
    ? runOpen(corpusDir, dataDir, cacheDir, query)
    : mode === 'baseline' && corpusDir
      ? runBaseline(corpusDir)
      : Promise.reject(new Error('usage: cold-open-child.ts open <corpusDir> <dataDir> <cacheDir> <query> | baseline <corpusDir>'));
run.catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
