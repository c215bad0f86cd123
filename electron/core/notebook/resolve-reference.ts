// A stored reference is (paragraphId, hash). When the corpus changes under it, the hash finds the
// paragraph again (preferring the same source); if nothing matches, it is broken, never dropped.
import type { AnchorStatus, Paragraph } from '../../shared/types';
import type { Corpus } from '../corpus/corpus';

export interface ResolvedReference {
  status: AnchorStatus;
  paragraph: Paragraph | null;
}

export function resolveReference(corpus: Corpus, paragraphId: string, hash: string): ResolvedReference {
  const here = corpus.getParagraph(paragraphId);
  if (here && here.hash === hash) return { status: 'ok', paragraph: here };
  const candidates = corpus.paragraphsByHash(hash);
  if (candidates.length > 0) {
    const sourceId = paragraphId.slice(0, paragraphId.lastIndexOf(':p'));
    const sameSource = candidates.filter((p) => p.sourceId === sourceId);
    const pool = sameSource.length > 0 ? sameSource : candidates;
    // Nearest to the old position, so a paragraph inserted above shifts the quote, not swaps it.
    const oldN = Number(paragraphId.slice(paragraphId.lastIndexOf(':p') + 2));
    const best = [...pool].sort((a, b) => Math.abs(a.n - oldN) - Math.abs(b.n - oldN) || a.id.localeCompare(b.id))[0];
    if (best) return { status: 'reanchored', paragraph: best };
  }
  return { status: 'broken', paragraph: null };
}
