// Search at scale, run by hand:
//   node --import tsx electron/core/search/bench-search.ts 200000
// Synthesises N paragraphs (seeded), builds and persists the index, loads it again, and times
// ~200 mixed queries. Prints build ms, persisted-load ms, heap MB and search p50/p95.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Paragraph } from '../../shared/types';
import { createSearchIndex, type SearchIndex, type SearchQuery } from './search-index';
import { snippet } from './snippet';
import { seededRandom, syntheticParagraphs } from './synthetic-paragraphs';
import { terms } from './tokenize';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** JS heap plus typed-array memory (the token store lives outside the JS heap). */
const heapMb = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
};

const count = Number(process.argv[2] ?? 200_000);
const rnd = seededRandom(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

const base = heapMb();
const paragraphs = [...syntheticParagraphs(count, 1)];
const texts = new Map(paragraphs.map((p) => [p.id, p.text]));
const corpusMb = heapMb() - base;
const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);

const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const make = () => createSearchIndex({ cacheDir, fingerprint: `bench-${count}` });

async function timedOpen(index: SearchIndex, source: () => Iterable<Paragraph>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const t0 = performance.now();
  const opened = await index.open(source);
  const ms = performance.now() - t0;
  delay.disable();
  return { opened, ms, maxBlockMs: delay.max / 1e6 };
}

const before = heapMb();
const built = make();
const build = await timedOpen(built, () => paragraphs);
if (!build.opened.built) throw new Error('expected a fresh build');
const builtMb = heapMb() - before;
await built.close();

const beforeLoad = heapMb();
const index = make();
const load = await timedOpen(index, () => {
  throw new Error('the persisted index should load');
});
if (load.opened.built) throw new Error(`expected a load, got a rebuild: ${load.opened.reason}`);
const loadedMb = heapMb() - beforeLoad;

// ~200 mixed queries drawn from the corpus itself. People search for content words, so words are
// drawn from paragraphs but not from the 60 most frequent terms, except in the "common" kind,
// which is there to show the worst case (stop words matching most of the corpus).
const sourceIds = [...new Set(paragraphs.map((p) => p.sourceId))];
const frequency = new Map<string, number>();
for (let i = 0; i < 10_000; i++) for (const w of new Set(terms(pick(paragraphs).text))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
const stopWords = new Set([...frequency].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w]) => w));
type Kind = 'word' | 'two words' | 'three words' | 'phrase' | 'prefix' | 'filtered' | 'common';
function query(kind: Kind): SearchQuery {
  const words = terms(pick(paragraphs).text).filter((w) => w.length > 2 && !stopWords.has(w));
  const at = Math.floor(rnd() * Math.max(1, words.length - 3));
  const w = (k: number) => words[at + k] ?? 'lavrov';
  switch (kind) {
    case 'word':
      return { text: `${w(0)} `, limit: 50, offset: 0 };
    case 'two words':
      return { text: `${w(0)} ${w(1)} `, limit: 50, offset: 0 };
    case 'three words':
      return { text: `${w(0)} ${w(2)} ${pick(words)} `, limit: 50, offset: 0 };
    case 'phrase':
      return { text: `"${w(0)} ${w(1)}${rnd() < 0.5 ? ` ${w(2)}` : ''}"`, limit: 50, offset: 0 };
    case 'prefix':
      return { text: `${w(1)} ${w(0).slice(0, 2 + Math.floor(rnd() * 3))}`, limit: 50, offset: 0 };
    case 'filtered': {
      const keep = new Set(Array.from({ length: 5 }, () => pick(sourceIds)));
      return { text: `${w(0)} `, limit: 50, offset: 0, filter: (p) => keep.has(p.sourceId) };
    }
    case 'common':
      return { text: pick(['the ', 'said that ', 'minister ', 'the foreign minister ', '"said on tuesday"', 'a']), limit: 50, offset: 100 };
  }
}
const kinds: Kind[] = ['word', 'two words', 'three words', 'phrase', 'prefix', 'filtered', 'common'];
const queries = Array.from({ length: 210 }, (_, i) => ({ kind: kinds[i % kinds.length] as Kind, q: query(kinds[i % kinds.length] as Kind) }));

for (const { q } of queries.slice(0, 20)) index.search(q); // warm-up
// Wall time, and this process's CPU time (all its threads, GC included): on a busy machine the
// second is closer to what the first would be on an idle one.
const times: number[] = [];
const cpuTimes: number[] = [];
const byKind = new Map<Kind, number[]>();
let snippetMs = 0;
for (const { kind, q } of queries) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const page = index.search(q);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  times.push(ms);
  cpuTimes.push(cpuMs);
  byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  const s0 = performance.now();
  for (const h of page.hits) snippet(texts.get(h.paragraphId) ?? '', q.text);
  snippetMs += performance.now() - s0;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))] ?? 0;
const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
console.log(`paragraphs ${count}, ${(chars / 1e6).toFixed(1)} M chars, corpus heap ${f(corpusMb)} MB`);
console.log(`build          ${f(build.ms)} ms (longest event-loop block ${f(build.maxBlockMs)} ms), index heap ${f(builtMb)} MB`);
console.log(`persisted load ${f(load.ms)} ms (longest event-loop block ${f(load.maxBlockMs)} ms), index heap ${f(loadedMb)} MB`);
console.log(`heap total     ${f(heapMb())} MB (corpus + loaded index), heap + array buffers throughout`);
console.log(`search         ${times.length} queries: p50 ${f(pct(times, 0.5))} ms, p95 ${f(pct(times, 0.95))} ms, max ${f(Math.max(...times))} ms`);
console.log(`  process cpu  p50 ${f(pct(cpuTimes, 0.5))} ms, p95 ${f(pct(cpuTimes, 0.95))} ms (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
const content = [...byKind].filter(([kind]) => kind !== 'common').flatMap(([, xs]) => xs);
console.log(`  without the stop-word kind: p50 ${f(pct(content, 0.5))} ms, p95 ${f(pct(content, 0.95))} ms`);
for (const [kind, xs] of byKind) console.log(`  ${kind.padEnd(12)} p50 ${f(pct(xs, 0.5))} ms, p95 ${f(pct(xs, 0.95))} ms`);
console.log(`snippets       ${f(snippetMs / queries.length)} ms per page of up to 50 hits`);
await index.close();
rmSync(cacheDir, { recursive: true, force: true });
