// Full-text search over corpus paragraphs. FlexSearch holds the inverted index (terms → paragraph
// numbers, no documents); this module maps numbers back to paragraph ids, runs the query language,
// ranks, and persists the index so a start only has to load it.
import { setImmediate as nextTick } from 'node:timers/promises';
import { NotebookError } from '../../shared/result';
import type { Paragraph } from '../../shared/types';
import { CandidateFinder, type Unit } from './candidate-finder';
import { IndexWriter, type LoadedIndex, loadIndex, removeLeftovers } from './index-cache';
import { ParagraphTable } from './paragraph-table';
import { isEmptyQuery, parseQuery } from './parse-query';
import { phraseMatcher } from './phrase-matcher';
import { proximityBoost } from './proximity-boost';
import { rankHits } from './rank-hits';
import { checkChunk, RESOLUTION, TermIndex } from './term-index';
import { terms as foldTerms } from './tokenize';
import { Vocabulary } from './vocabulary';

export interface SearchIndexOptions {
  /** Directory for the persisted index (created if missing). */
  cacheDir: string;
  /** Identifies the corpus: a different value means the saved index is stale. */
  fingerprint: string;
  /**
   * The text of a paragraph by id. The index keeps no text (the corpus already does); it reads
   * text to check quoted phrases and to rank words that sit together.
   */
  paragraphText: (paragraphId: string) => string | undefined;
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
/** Build work between two returns to the event loop, so a UI in the same process stays live. */
const SLICE_MS = 30;

interface OpenState extends LoadedIndex {
  finder: CandidateFinder;
  rank: Uint32Array;
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

  async function build(paragraphs: () => Iterable<Paragraph>, onProgress?: (done: number, total: number) => void) {
    const list = paragraphs();
    const total = Array.isArray(list) ? list.length : count(paragraphs());
    const table = new ParagraphTable();
    const terms = new TermIndex();
    onProgress?.(0, total);
    let sliceStart = performance.now();
    for (const p of list) {
      terms.add(table.add(p.id, p.sourceId, p.n), p.text);
      if ((table.count & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
        onProgress?.(table.count, total);
        await pause();
        sliceStart = performance.now();
      }
    }
    table.rank();
    onProgress?.(table.count, total);

    // One pass over FlexSearch's export both saves it and lists the vocabulary, exactly as a
    // later load will see it.
    let saveError: string | undefined;
    const writer = await IndexWriter.create(opts.cacheDir).catch((e: Error) => {
      saveError = e.message;
      return null;
    });
    const vocabulary: [string, number][] = [];
    try {
      await terms.export(async (key, json) => {
        for (const entry of checkChunk(key, JSON.parse(json), table.count)) vocabulary.push(entry);
        if (writer && !saveError) await writer.writeChunk(key, json).catch((e: Error) => (saveError = e.message));
        await pause();
      });
    } catch (e) {
      await writer?.discard();
      throw e;
    }
    if (writer) {
      if (saveError) await writer.discard();
      else await writer.commit(opts.fingerprint, table, vocabulary.length).catch((e: Error) => (saveError = e.message));
    }
    return { index: { table, terms, vocabulary: Vocabulary.from(vocabulary) }, saveError };
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
      const made = await build(paragraphs, onProgress);
      index = made.index;
      result = { built: true, ms: 0, reason: loaded.reason };
      if (made.saveError) result.saveError = made.saveError;
    }
    stopIfClosed();
    state = { ...index, finder: new CandidateFinder(index.table.count, RESOLUTION), rank: index.table.rank() };
    result.ms = Math.round(performance.now() - t0);
    return result;
  }

  function search(q: SearchQuery): SearchPage {
    if (!state) throw new NotebookError('INTERNAL', 'The search index is not open yet: call open() first.');
    const s = state;
    const parsed = parseQuery(q.text);
    if (isEmptyQuery(parsed)) return { total: 0, hits: [] };

    const words = [...new Set([...parsed.terms, ...parsed.phrases.flatMap((p) => p.split(' '))])];
    const units: Unit[] = words.map((w) => [s.terms.postings(w)]);
    if (parsed.prefix !== undefined) {
      units.push(s.vocabulary.expand(parsed.prefix, MAX_PREFIX_EXPANSIONS).map((w) => s.terms.postings(w)));
    }
    const found = s.finder.find(units);

    const text = (doc: number) => opts.paragraphText(s.table.paragraphId(doc));
    const hasPhrases = parsed.phrases.length > 0 ? phraseMatcher(parsed.phrases) : null;
    let kept = 0;
    for (let i = 0; i < found.docs.length; i++) {
      const doc = found.docs[i] as number;
      if (q.filter && !q.filter(s.table.ref(doc))) continue;
      if (hasPhrases) {
        const t = text(doc);
        if (t === undefined || !hasPhrases(t)) continue;
      }
      found.docs[kept] = doc;
      found.base[kept++] = found.base[i] as number;
    }
    const docs = found.docs.subarray(0, kept);
    const base = found.base.subarray(0, kept);

    // Words typed without quotes earn more when they stand together as typed.
    const typed = parsed.prefix === undefined ? parsed.terms : [...parsed.terms, parsed.prefix];
    const scale = units.length * RESOLUTION;
    const boost =
      typed.length >= 2
        ? (doc: number) => {
            const t = text(doc);
            return t === undefined ? 0 : proximityBoost(foldTerms(t), { words: typed, lastIsPrefix: parsed.prefix !== undefined }, scale);
          }
        : undefined;
    const limit = Math.max(0, Math.floor(q.limit));
    const offset = Math.max(0, Math.floor(q.offset));
    const page = rankHits({ docs, base, rank: s.rank, boost, offset, limit });
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

function count(items: Iterable<unknown>): number {
  let n = 0;
  for (const _ of items) n++;
  return n;
}
