// Full-text search over corpus paragraphs. Our own inverted index holds terms → paragraph numbers
// with positions (for phrases); a token store holds each paragraph as term ids (for proximity).
// This module maps numbers back to paragraph ids, runs the query language, ranks, and persists the
// index so a start only has to load it.
import { setImmediate as nextTick } from 'node:timers/promises';
import { isNotebookError, NotebookError } from '../../shared/result';
import type { Paragraph } from '../../shared/types';
import { CandidateFinder, type Unit } from './candidate-finder';
import { buildIndex } from './build-index';
import { type LoadedIndex, loadIndex, removeLeftovers, saveIndex } from './index-cache';
import { isEmptyQuery, parseQuery } from './parse-query';
import { PhraseMatcher } from './phrase-matcher';
import { RESOLUTION } from './posting-index';
import { type IdRange, proximityBoost } from './proximity-boost';
import { rank } from './ranker';

export interface SearchIndexOptions {
  /** Directory for the persisted index (created if missing). */
  cacheDir: string;
  /** Identifies the corpus: a different value means the saved index is stale. */
  fingerprint: string;
}

export interface OpenResult {
  /** True when the index was built from the paragraphs, false when it was loaded. */
  built: boolean;
  ms: number;
  /** Why it was built (no saved index, corpus changed, damaged cache…). */
  reason?: string;
  /** Set when the built index could not be saved; it still works until the app closes. */
  saveError?: string;
}

export interface SearchQuery {
  text: string;
  limit: number;
  offset: number;
  /** Keeps a paragraph when true. `total` counts only kept paragraphs. */
  filter?: (p: { id: string; sourceId: string }) => boolean;
}

export interface SearchPage {
  total: number;
  hits: { paragraphId: string; score: number }[];
}

export interface SearchIndex {
  /**
   * Loads the persisted index if its fingerprint matches, else builds it from the paragraphs and
   * persists it. `paragraphs` may be called twice (once to count them for progress).
   */
  open(paragraphs: () => Iterable<Paragraph>, onProgress?: (done: number, total: number) => void): Promise<OpenResult>;
  search(q: SearchQuery): SearchPage;
  close(): Promise<void>;
}

/** A prefix such as `s` is expanded to at most this many indexed words (the most frequent). */
export const MAX_PREFIX_EXPANSIONS = 64;
/** Scores are summed in 16 bits: 1,000 words of 9 points each fit. */
export const MAX_QUERY_WORDS = 1000;

interface OpenState extends LoadedIndex {
  finder: CandidateFinder;
}

export function createSearchIndex(opts: SearchIndexOptions): SearchIndex {
  let state: OpenState | null = null;
  let opening: Promise<OpenResult> | null = null;
  let closed = false;

  const stopIfClosed = () => {
    if (closed) throw new NotebookError('CONFLICT', 'The search index was closed while it was opening.');
  };
  const pause = async () => {
    await nextTick();
    stopIfClosed();
  };

  /** Persists a built index; returns why it could not, rather than failing the open. */
  async function save(index: LoadedIndex): Promise<string | undefined> {
    try {
      await saveIndex(opts.cacheDir, opts.fingerprint, index, pause);
      return undefined;
    } catch (e) {
      if (isNotebookError(e)) throw e;
      return (e as Error).message;
    }
  }

  async function openNow(paragraphs: () => Iterable<Paragraph>, onProgress?: (done: number, total: number) => void): Promise<OpenResult> {
    const t0 = performance.now();
    await removeLeftovers(opts.cacheDir);
    const loaded = await loadIndex(opts.cacheDir, opts.fingerprint, pause);
    stopIfClosed();
    let result: OpenResult;
    let index: LoadedIndex;
    if (loaded.ok) {
      index = loaded;
      result = { built: false, ms: 0 };
    } else {
      index = await buildIndex(paragraphs, { onProgress, pause });
      result = { built: true, ms: 0, reason: loaded.reason };
      const saveError = await save(index);
      if (saveError) result.saveError = saveError;
    }
    stopIfClosed();
    state = { ...index, finder: new CandidateFinder(index.postings, index.table.count) };
    result.ms = Math.round(performance.now() - t0);
    return result;
  }

  function search(q: SearchQuery): SearchPage {
    if (!state) {
      throw new NotebookError('INTERNAL', closed ? 'The search index is closed.' : 'The search index is not open yet: call open() first.');
    }
    const s = state;
    const parsed = parseQuery(q.text);
    if (isEmptyQuery(parsed)) return { total: 0, hits: [] };

    // Every word of the query, phrase words included, must occur; a prefix is one of its words.
    const words = [...new Set([...parsed.terms, ...parsed.phrases.flatMap((p) => p.split(' '))])];
    if (words.length >= MAX_QUERY_WORDS) {
      throw new NotebookError('INVALID_INPUT', `The query has ${words.length} different words; search takes at most ${MAX_QUERY_WORDS - 1}.`);
    }
    const ids = words.map((w) => s.vocabulary.id(w));
    // A word no paragraph holds matches nothing, and neither does a prefix no word starts with.
    if (ids.includes(-1)) return { total: 0, hits: [] };
    const units: Unit[] = ids.map((id) => [id]);
    if (parsed.prefix !== undefined) {
      const expanded = s.vocabulary.expand(parsed.prefix, MAX_PREFIX_EXPANSIONS);
      if (expanded.length === 0) return { total: 0, hits: [] };
      units.push(expanded);
    }
    const found = s.finder.find(units);
    // Phrases are checked on every candidate (the total must be exact), once all words agree:
    // the words together are often far more selective than the rarest alone.
    let kept = found.docs.length;
    for (const p of parsed.phrases) {
      const matcher = new PhraseMatcher(s.postings, s.tokens, p.split(' ').map((w) => s.vocabulary.id(w)));
      kept = matcher.keep(found.docs, found.base, kept);
    }
    if (q.filter) {
      const n = kept;
      kept = 0;
      for (let i = 0; i < n; i++) {
        const doc = found.docs[i] as number;
        if (!q.filter(s.table.ref(doc))) continue;
        found.docs[kept] = doc;
        found.base[kept++] = found.base[i] as number;
      }
    }
    const docs = found.docs.subarray(0, kept);
    const base = found.base.subarray(0, kept);

    // Words typed without quotes earn more when they stand together as typed.
    const typed: IdRange[] = parsed.terms.map((w) => {
      const id = s.vocabulary.id(w);
      return [id, id + 1];
    });
    if (parsed.prefix !== undefined) typed.push(s.vocabulary.prefixRange(parsed.prefix));
    const scale = units.length * RESOLUTION;
    const boost = typed.length >= 2 ? (doc: number) => proximityBoost(s.tokens.tokens(doc), typed, scale) : undefined;
    const page = rank({ docs, base, boost, offset: q.offset, limit: q.limit });
    return {
      total: kept,
      hits: page.map((h) => ({ paragraphId: s.table.paragraphId(h.doc), score: Math.round((h.score / scale) * 1000) / 1000 })),
    };
  }

  return {
    open(paragraphs, onProgress) {
      if (closed) return Promise.reject(new NotebookError('CONFLICT', 'The search index is closed.'));
      opening ??= openNow(paragraphs, onProgress);
      return opening;
    },
    search,
    async close() {
      closed = true;
      await opening?.catch(() => undefined);
      state = null;
    },
  };
}
