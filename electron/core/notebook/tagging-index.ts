// Lookups over the taggings that every screen needs (chips, counts, tag views), kept in step
// with the store so that a tag click does not rescan 20,000 taggings.
import type { Tagging } from '../../shared/types';

const sourceOf = (paragraphId: string) => paragraphId.slice(0, paragraphId.lastIndexOf(':p'));

export class TaggingIndex {
  private byParagraph = new Map<string, Set<string>>();
  private byTag = new Map<string, Set<string>>();
  private perSource = new Map<string, number>();
  private hashes = new Map<string, string>();

  constructor(taggings: readonly Tagging[] = []) {
    this.rebuild(taggings);
  }

  rebuild(taggings: readonly Tagging[]): void {
    this.byParagraph.clear();
    this.byTag.clear();
    this.perSource.clear();
    this.hashes.clear();
    for (const g of taggings) this.add(g.paragraphId, g.tagId, g.hash);
  }

  add(paragraphId: string, tagId: string, hash: string): void {
    this.hashes.set(`${tagId}|${paragraphId}`, hash);
    let tags = this.byParagraph.get(paragraphId);
    if (!tags) {
      tags = new Set();
      this.byParagraph.set(paragraphId, tags);
      const s = sourceOf(paragraphId);
      this.perSource.set(s, (this.perSource.get(s) ?? 0) + 1);
    }
    tags.add(tagId);
    let paras = this.byTag.get(tagId);
    if (!paras) this.byTag.set(tagId, (paras = new Set()));
    paras.add(paragraphId);
  }

  remove(paragraphId: string, tagId: string): void {
    const tags = this.byParagraph.get(paragraphId);
    if (!tags?.delete(tagId)) return;
    this.hashes.delete(`${tagId}|${paragraphId}`);
    this.byTag.get(tagId)?.delete(paragraphId);
    if (tags.size === 0) {
      this.byParagraph.delete(paragraphId);
      const s = sourceOf(paragraphId);
      const left = (this.perSource.get(s) ?? 1) - 1;
      if (left > 0) this.perSource.set(s, left);
      else this.perSource.delete(s);
    }
  }

  tagsOf(paragraphId: string): ReadonlySet<string> {
    return this.byParagraph.get(paragraphId) ?? new Set();
  }

  paragraphsOf(tagId: string): ReadonlySet<string> {
    return this.byTag.get(tagId) ?? new Set();
  }

  /** The paragraph hash stored with a tagging. */
  hashOf(paragraphId: string, tagId: string): string | undefined {
    return this.hashes.get(`${tagId}|${paragraphId}`);
  }

  has(paragraphId: string, tagId: string): boolean {
    return this.byParagraph.get(paragraphId)?.has(tagId) ?? false;
  }

  /** Distinct tagged paragraphs in a source. */
  taggedInSource(sourceId: string): number {
    return this.perSource.get(sourceId) ?? 0;
  }
}
