// Builds the whole index from the corpus in one pass: FlexSearch postings, the token store, the
// vocabulary and the paragraph table. Yields to the event loop every few tens of milliseconds so a
// UI in the same process stays responsive, and reports progress.
import type { Paragraph } from '../../shared/types';
import type { LoadedIndex } from './index-cache';
import { ParagraphTable } from './paragraph-table';
import { TermIndex } from './term-index';
import { TokenStoreBuilder } from './token-store';
import { terms as foldTerms } from './tokenize';
import { VocabularyBuilder } from './vocabulary';

const SLICE_MS = 30;

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
  /** Awaited between slices of work; may throw to stop the build. */
  pause: () => Promise<void>;
}

/** `paragraphs` may be called twice: once to count them for progress unless it returns an array. */
export async function buildIndex(paragraphs: () => Iterable<Paragraph>, { onProgress, pause }: BuildOptions): Promise<LoadedIndex> {
  const list = paragraphs();
  const total = Array.isArray(list) ? list.length : count(paragraphs());
  const table = new ParagraphTable();
  const terms = new TermIndex();
  const words = new VocabularyBuilder();
  const tokens = new TokenStoreBuilder();
  onProgress?.(0, total);
  let sliceStart = performance.now();
  for (const p of list) {
    const doc = table.add(p.id, p.sourceId, p.n);
    const folded = foldTerms(p.text);
    terms.addTokens(doc, folded);
    tokens.add(words.idsOf(doc, folded));
    if ((table.count & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(table.count, total);
      await pause();
      sliceStart = performance.now();
    }
  }
  // The finishing steps each take a few hundred milliseconds at 200,000 paragraphs.
  await pause();
  table.rank();
  await pause();
  const { vocabulary, remap } = words.finish();
  await pause();
  const store = tokens.finish(remap);
  onProgress?.(table.count, total);
  return { table, terms, vocabulary, tokens: store };
}

function count(items: Iterable<unknown>): number {
  let n = 0;
  for (const _ of items) n++;
  return n;
}
