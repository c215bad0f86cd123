// Builds the whole index from the corpus: one pass over the paragraphs fills the paragraph table,
// the vocabulary and the token store; the docs are then renumbered in paragraph-id order and the
// postings are inverted from the token store by counting. No per-term or per-doc arrays, so the
// build needs little more memory than the index it makes. Yields to the event loop every few
// tens of milliseconds so a UI in the same process stays responsive, and reports progress.
import type { Paragraph } from '../../shared/types';
import type { LoadedIndex } from './index-cache';
import { ParagraphTable } from './paragraph-table';
import { PostingIndex } from './posting-index';
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
  const read = new ParagraphTable();
  const words = new VocabularyBuilder();
  const tokens = new TokenStoreBuilder();
  onProgress?.(0, total);
  let sliceStart = performance.now();
  for (const p of list) {
    const doc = read.add(p.id, p.sourceId, p.n);
    for (const term of foldTerms(p.text)) tokens.push(words.idOf(doc, term));
    tokens.endDoc();
    if ((read.count & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(read.count, total);
      await pause();
      sliceStart = performance.now();
    }
  }
  // The finishing steps each take a few hundred milliseconds at 200,000 paragraphs.
  await pause();
  const { table, order } = read.inIdOrder();
  await pause();
  const { vocabulary, remap } = words.finish();
  await pause();
  const store = tokens.finish(remap, order, vocabulary.size);
  await pause();
  const postings = await PostingIndex.build(store, vocabulary.size, pause);
  onProgress?.(table.count, total);
  return { table, postings, vocabulary, tokens: store };
}

function count(items: Iterable<unknown>): number {
  let n = 0;
  for (const _ of items) n++;
  return n;
}
