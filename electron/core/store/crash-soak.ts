// Crash soak: a child process commits through the store as fast as it can and prints each
// acknowledged commit; we SIGKILL it at random moments, reopen the store and check that the files
// parse and validate and that every acknowledged commit is there. The scenario says which state:
// the toy (crash-child.ts) here, the real notebook in ../notebook/notebook-soak.ts.
//   node --import tsx electron/core/store/crash-soak.ts 1000   → prints "kills survived: 1000"
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStore } from './open-store';
import type { StoreOptions } from './store-options';
import { toyOptions, validateToy } from './toy-state';
import type { ToyState } from './toy-state';

/** What a soak runs: the child, how to reopen its store, and what must hold after a kill. */
export interface SoakScenario<S> {
  /** Bundled, then run as `node <bundle> <dir> <inFlight> <steps>`; prints "ready" and "ack k". */
  childScript: string;
  options(dir: string, readOnly: boolean): StoreOptions<S, never>;
  /** Throws when the state lost an acknowledged step or is not a state the steps lead to; returns how many steps it holds. */
  check(state: S, mustHave: number): number;
}

export interface SoakResult {
  killsSurvived: number;
  acknowledged: number;
  notices: Record<string, number>;
}

const EXPECTED_NOTICES = new Set(['lock-taken-over', 'journal-torn-tail']);

interface Round {
  maxAck: number;
  ready: boolean;
}

/** Runs the child until it is killed `delayMs` after it opened the store (or after spawn, if early). */
/** The child as one plain .mjs file: starting it then costs a Node start, not a TypeScript load. */
async function bundleChild(childScript: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-child.mjs');
  await build({
    entryPoints: [childScript],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __soakRequire } from 'node:module'; const require = __soakRequire(import.meta.url);" },
  });
  return outfile;
}

function runChild(childFile: string, dir: string, steps: number, killEarly: boolean, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, dir, String(1 + Math.floor(Math.random() * 6)), String(steps)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const round: Round = { maxAck: -1, ready: false };
    let out = '';
    let err = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    if (killEarly) setTimeout(kill, delayMs);
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (let nl = out.indexOf('\n'); nl !== -1; nl = out.indexOf('\n')) {
        const [word, n] = out.slice(0, nl).split(' ');
        out = out.slice(nl + 1);
        if (word === 'ack') round.maxAck = Math.max(round.maxAck, Number(n));
        if (word === 'ready' && !round.ready) {
          round.ready = true;
          if (!killEarly) setTimeout(kill, delayMs);
        }
      }
    });
    // 'close' waits for stdout to drain, so every ack the child printed has been read.
    child.once('close', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve(round);
      else reject(new Error(`crash child ended by itself (code ${code}, signal ${signal}):\n${err}`));
    });
  });
}

function checkToy(state: ToyState, mustHave: number): number {
  validateToy(state);
  const m = state.log.length;
  if (m < mustHave) throw new Error(`lost acknowledged commits: ${m} items on disk, ${mustHave} acknowledged`);
  state.log.forEach((item, i) => {
    if (item !== `item-${i}`) throw new Error(`log[${i}] is ${item}: commits out of order or duplicated`);
  });
  const padTotal = Object.entries(state.counters)
    .filter(([k]) => k.startsWith('pad-'))
    .reduce((sum, [, v]) => sum + v, 0);
  if ((state.counters.n ?? 0) !== m || padTotal !== m) throw new Error(`a batch was half applied: n=${state.counters.n}, pads=${padTotal}, items=${m}`);
  return m;
}

export const toyScenario: SoakScenario<ToyState> = {
  childScript: fileURLToPath(new URL('./crash-child.ts', import.meta.url)),
  options: (dir, readOnly) => toyOptions(dir, { readOnly }) as StoreOptions<ToyState, never>,
  check: checkToy,
};

export async function runCrashSoak<S>(
  kills: number,
  log: (line: string) => void = () => undefined,
  scenario: SoakScenario<S> = toyScenario as unknown as SoakScenario<S>,
): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-soak-'));
  const binDir = mkdtempSync(join(tmpdir(), 'dossier-soak-bin-'));
  const childFile = await bundleChild(scenario.childScript, binDir);
  const result: SoakResult = { killsSurvived: 0, acknowledged: 0, notices: {} };
  let mustHave = 0;
  let steps = 0;
  try {
    for (let i = 1; i <= kills; i++) {
      // Mostly kill while commits flow; sometimes during start-up, open and recovery.
      const early = Math.random() < 0.15;
      const round = await runChild(childFile, dir, steps, early, early ? Math.random() * 400 : Math.random() * 60);
      mustHave = Math.max(mustHave, round.maxAck + 1);
      // Alternate: a read-only look leaves the crash debris for the next child to recover from.
      const readOnly = i % 2 === 0;
      const store = await openStore(scenario.options(dir, readOnly));
      for (const n of store.notices) {
        if (!EXPECTED_NOTICES.has(n.kind)) throw new Error(`kill ${i}: unexpected ${n.kind}: ${n.message}`);
        result.notices[n.kind] = (result.notices[n.kind] ?? 0) + 1;
      }
      steps = scenario.check(store.state, mustHave);
      await store.close();
      if (!readOnly) {
        const debris = readdirSync(dir).filter((n) => n.includes('.tmp-') || n.endsWith('.lock') || n.includes('.corrupt-'));
        if (debris.length > 0) throw new Error(`kill ${i}: left behind ${debris.join(', ')}`);
      }
      result.killsSurvived = i;
      result.acknowledged = mustHave;
      if (i % 50 === 0) log(`${i} kills, ${mustHave} acknowledged commits so far`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(binDir, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kills = Number(process.argv[2] ?? 1000);
  const started = Date.now();
  const r = await runCrashSoak(kills, (line) => console.log(line));
  console.log(`acknowledged commits: ${r.acknowledged}; notices: ${JSON.stringify(r.notices)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`kills survived: ${r.killsSurvived}`);
}
