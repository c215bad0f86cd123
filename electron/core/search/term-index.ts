// The FlexSearch part: an inverted index from folded terms to internal paragraph numbers. It holds
// no documents and no text; tokens come from our own tokenizer, so queries, snippets and the
// index agree.
import { Index } from 'flexsearch';
import type { Posting } from './candidate-finder';
import { terms } from './tokenize';

/** FlexSearch's position buckets per term. 9 is its default; fewer slots means a leaner index. */
export const RESOLUTION = 9;

export type ExportSink = (key: string, data: string) => Promise<void>;

export class TermIndex {
  private readonly index = new Index({ tokenize: 'strict', resolution: RESOLUTION, cache: false, encode: terms });

  add(doc: number, text: string): void {
    this.index.add(doc, text);
  }

  /** The raw postings of one folded term. Owned by FlexSearch: read, never change. */
  postings(term: string): Posting {
    return this.index.search(term, { resolve: false }).result as Posting;
  }

  /** Writes FlexSearch's export chunks, one at a time, in order. */
  async export(sink: ExportSink): Promise<void> {
    await this.index.export(sink);
  }

  /** Imports one export chunk. `data` must already be parsed and checked (see index-cache.ts). */
  import(key: string, data: unknown[]): void {
    // FlexSearch takes the parsed value as well as the JSON text (serialize.js importIndex), which
    // spares parsing every chunk twice; its typings only mention the string form.
    this.index.import(key, data as unknown as string);
  }
}

const CHUNK_KEY = /^\d+\.(reg|map)$/;

function isDocList(v: unknown, docCount: number): v is number[] {
  if (!Array.isArray(v)) return false;
  for (const d of v) if (!Number.isInteger(d) || d < 0 || d >= docCount) return false;
  return true;
}

/**
 * Checks one parsed export chunk before FlexSearch sees it (a damaged cache must never reach the
 * index) and returns `[term, paragraphs holding it]` for each term of a `map` chunk.
 */
export function checkChunk(key: string, data: unknown, docCount: number): [string, number][] {
  const kind = CHUNK_KEY.exec(key)?.[1];
  if (!kind) throw new Error(`unexpected index chunk "${key}"`);
  if (kind === 'reg') {
    if (!isDocList(data, docCount)) throw new Error(`index chunk "${key}" is not a list of paragraph numbers`);
    return [];
  }
  if (!Array.isArray(data)) throw new Error(`index chunk "${key}" is not a list`);
  const vocabulary: [string, number][] = [];
  for (const entry of data as unknown[]) {
    const [term, slots] = Array.isArray(entry) ? entry : [];
    if (typeof term !== 'string' || !term || !Array.isArray(slots) || slots.length > RESOLUTION) {
      throw new Error(`index chunk "${key}" has a malformed term entry`);
    }
    let count = 0;
    for (const ids of slots) {
      if (ids === null) continue;
      if (!isDocList(ids, docCount)) throw new Error(`index chunk "${key}" has bad postings for "${term}"`);
      count += ids.length;
    }
    vocabulary.push([term, count]);
  }
  return vocabulary;
}
