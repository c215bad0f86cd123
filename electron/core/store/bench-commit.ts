// Measures commit() on a ~5 MB state against its two baselines, and prints (never asserts):
//   node --import tsx electron/core/store/bench-commit.ts [commits]
// - append+fdatasync of one small record: the floor a journaled commit cannot beat;
// - whole-file rewrite+fsync of the same state: what saving without a journal would cost.
import { open, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store';
import { toyOptions } from './toy-state';
import type { ToyOp } from './toy-state';
import { writeFileDurably } from './write-file-durably';

const commits = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

function summary(name: string, ms: number[]): { p50: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const r = { p50: at(0.5), p95: at(0.95) };
  console.log(`${name.padEnd(40)} n=${String(s.length).padStart(5)}  p50 ${r.p50.toFixed(3)} ms  p95 ${r.p95.toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms  max ${(s.at(-1) ?? NaN).toFixed(3)} ms`);
  return r;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

try {
  const store = await openStore(toyOptions(join(dir, 'store')));
  // ~5 MB: 50,000 log entries of ~100 characters.
  const filler: ToyOp[] = Array.from({ length: 50_000 }, (_, i) => ({ type: 'push', item: `${i}:${'lorem ipsum dolor sit amet '.repeat(4)}` }));
  await store.commit(filler);
  await store.compact();
  const stateJson = JSON.stringify(store.state);
  console.log(`state: ${(stateJson.length / 1e6).toFixed(2)} MB; ${commits} sequential commits of one small op (default compaction: every 1000 ops or 1 MiB)`);

  const commitMs: number[] = [];
  for (let i = 0; i < commits; i++) commitMs.push(await timed(() => store.commit({ type: 'inc', key: `k${i % 100}`, by: 1 })));
  const c = summary('store.commit()', commitMs);
  await store.close();

  const handle = await open(join(dir, 'append.journal'), 'a');
  const record = `${JSON.stringify({ seq: 1, ops: [{ type: 'inc', key: 'k1', by: 1 }] })}\n`;
  const appendMs: number[] = [];
  for (let i = 0; i < commits; i++) {
    appendMs.push(
      await timed(async () => {
        await handle.write(record);
        await handle.datasync();
      }),
    );
  }
  await handle.close();
  const a = summary('append + fdatasync (small record)', appendMs);

  const rewriteMs: number[] = [];
  for (let i = 0; i < 40; i++) rewriteMs.push(await timed(() => writeFileDurably(join(dir, 'whole.json'), JSON.stringify(store.state))));
  const w = summary('whole-file rewrite + fsync (5 MB)', rewriteMs);

  console.log(`commit p95 / append p95: ${(c.p95 / a.p95).toFixed(2)}x; rewrite p95 / commit p95: ${(w.p95 / c.p95).toFixed(1)}x; target commit p95 < 10 ms: ${c.p95 < 10 ? 'met' : 'MISSED'}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
