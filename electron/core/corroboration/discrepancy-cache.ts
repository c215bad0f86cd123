// The discrepancies found so far, kept on disk beside the links, so they are found once per claim
// and not again after every start (at 10,000 articles checking every claim takes most of an
// hour). An entry is used only while its claim's members have the same texts and dates.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import nlp from 'compromise';
import type { Corpus } from '../corpus/corpus';
import { cacheFileOfCorpus } from '../corpus/corpus-cache';
import { mkdirDurably, writeFileDurably } from '../store/write-file-durably';
import type { Claim, Discrepancy } from './corroboration-types';
import type { DiscrepancyAnswer } from './corroboration-worker-protocol';

/** Bump when finding discrepancies changes; the extraction library's version is part of it too. */
const RULES = `3 compromise ${(nlp as unknown as { version: string }).version}`;
const FORMAT = 1;
/** Saves while claims are being checked come at most this often. */
export const SAVE_EVERY_MS = 10_000;

interface Header {
  format: number;
  rules: string;
  /** sha-256 of the body: a damaged file is ignored, never half used. */
  sha256: string;
}

/** [claim id, digest of its members, its discrepancies] */
type Entry = [string, string, Discrepancy[]];

export function discrepancyFileFor(cacheDir: string, corpus: Corpus): string {
  return cacheFileOfCorpus(cacheDir, corpus.dir, 'discrepancies', '.json');
}

/** What a claim's discrepancies depend on: its members, their texts and their dates. */
export function claimDigest(claim: Claim, corpus: Corpus): string {
  const h = createHash('sha256');
  for (const m of claim.members) h.update(`${m.paragraphId}\n${corpus.hashOf(m.paragraphId) ?? ''}\n${m.published}\n`);
  return h.digest('hex').slice(0, 24);
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

export type DiscrepancyCacheRead = { answers: DiscrepancyAnswer[]; problem: string | null };

/**
 * The saved answers that still hold for `claims`. A missing file is no problem; a damaged one,
 * or one of other rules, is ignored (and said, for the log): the claims are checked again.
 */
export async function readDiscrepancyCache(file: string, claims: readonly Claim[], corpus: Corpus): Promise<DiscrepancyCacheRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { answers: [], problem: code === 'ENOENT' ? null : `cannot read ${file}: ${(e as Error).message}` };
  }
  const newline = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, newline)) as Header;
    if (header.format !== FORMAT || header.rules !== RULES) return { answers: [], problem: null };
    const body = text.slice(newline + 1);
    if (sha(body) !== header.sha256) throw new Error('checksum mismatch');
    const entries = JSON.parse(body) as Entry[];
    const byId = new Map(claims.map((c) => [c.id, c]));
    const answers: DiscrepancyAnswer[] = [];
    for (const [id, digest, found] of entries) {
      const claim = byId.get(id);
      if (claim && claimDigest(claim, corpus) === digest) answers.push([id, found]);
    }
    return { answers, problem: null };
  } catch (e) {
    return { answers: [], problem: `${file} is unusable (${(e as Error).message}); the claims are checked again` };
  }
}

export interface DiscrepancySaver {
  /** Keeps these answers (new claims only); written soon, or at the next flush. */
  add(answers: readonly DiscrepancyAnswer[]): void;
  /** Writes what is not written yet. */
  flush(): Promise<void>;
}

/**
 * Saves the answers for `claims` to `file`, starting from `known` (those read back). Writing
 * fails quietly into `onProblem`: the cache only saves time, and losing it loses nothing.
 */
export function discrepancySaver(
  file: string,
  claims: readonly Claim[],
  corpus: Corpus,
  known: readonly DiscrepancyAnswer[],
  onProblem: (message: string) => void,
): DiscrepancySaver {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const answers = new Map(known);
  const digests = new Map<string, string>();
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  let lastWrite = 0;
  const write = async (): Promise<void> => {
    if (!dirty) return;
    dirty = false;
    lastWrite = Date.now();
    const entries: Entry[] = [];
    for (const [id, found] of answers) {
      const claim = byId.get(id);
      if (!claim) continue;
      let digest = digests.get(id);
      if (digest === undefined) digests.set(id, (digest = claimDigest(claim, corpus)));
      entries.push([id, digest, found]);
    }
    const body = JSON.stringify(entries);
    const header: Header = { format: FORMAT, rules: RULES, sha256: sha(body) };
    try {
      await mkdirDurably(path.dirname(file));
      await writeFileDurably(file, `${JSON.stringify(header)}\n${body}`);
    } catch (e) {
      onProblem(`could not save the discrepancies to ${file}: ${(e as Error).message}`);
    }
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    writing = writing.then(write);
    return writing;
  };
  return {
    add(list) {
      for (const [id, found] of list) {
        if (answers.has(id) || !byId.has(id)) continue;
        answers.set(id, found);
        dirty = true;
      }
      // The first answers are written at once (a page the user is looking at), later ones at
      // most every SAVE_EVERY_MS while a background check runs.
      if (dirty && !timer) {
        timer = setTimeout(() => void flush(), Math.max(0, lastWrite + SAVE_EVERY_MS - Date.now()));
        timer.unref();
      }
    },
    flush,
  };
}
