// Maps FlexSearch's internal numeric ids to paragraphs without keeping a string per paragraph:
// paragraph ids are `<sourceId>:p<n>`, so a source table plus two numbers per paragraph is enough.
import { NotebookError } from '../../shared/result';

export interface ParagraphTableJson {
  sourceIds: string[];
  source: number[];
  n: number[];
}

/** What a search filter sees. `id` is built only if the filter reads it. */
export class ParagraphRef {
  constructor(
    private readonly table: ParagraphTable,
    private readonly doc: number,
  ) {}
  get id(): string {
    return this.table.paragraphId(this.doc);
  }
  get sourceId(): string {
    return this.table.sourceId(this.doc);
  }
}

export class ParagraphTable {
  private readonly sourceIds: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private source: Uint32Array;
  private ns: Uint32Array;
  private size = 0;
  /** Position of each doc in paragraph-id order (source id, then n): the stable tie-break. */
  private ranks: Uint32Array | null = null;

  constructor(capacity = 1024) {
    this.source = new Uint32Array(capacity);
    this.ns = new Uint32Array(capacity);
  }

  get count(): number {
    return this.size;
  }

  /** Adds a paragraph and returns its internal id (0, 1, 2, …). */
  add(paragraphId: string, sourceId: string, n: number): number {
    if (paragraphId !== `${sourceId}:p${n}` || !Number.isInteger(n) || n < 1) {
      throw new NotebookError(
        'CORPUS',
        `Paragraph id "${paragraphId}" does not have the form "<sourceId>:p<n>" (source "${sourceId}", n ${n}).`,
      );
    }
    let s = this.sourceIndex.get(sourceId);
    if (s === undefined) {
      s = this.sourceIds.length;
      this.sourceIds.push(sourceId);
      this.sourceIndex.set(sourceId, s);
    }
    if (this.size === this.source.length) this.grow();
    this.source[this.size] = s;
    this.ns[this.size] = n;
    this.ranks = null;
    return this.size++;
  }

  sourceId(doc: number): string {
    return this.sourceIds[this.source[doc] as number] as string;
  }

  paragraphId(doc: number): string {
    return `${this.sourceId(doc)}:p${this.ns[doc]}`;
  }

  ref(doc: number): ParagraphRef {
    return new ParagraphRef(this, doc);
  }

  /** rank[doc]: the doc's position when all docs are sorted by paragraph id. */
  rank(): Uint32Array {
    if (this.ranks) return this.ranks;
    // Sources sorted by id, then a counting sort of docs by source, then by n within each source
    // (already in order for a corpus read in order): no comparison sort over every paragraph.
    const bySourceId = this.sourceIds.map((_, i) => i).sort((a, b) => cmp(this.sourceIds[a], this.sourceIds[b]));
    const counts = new Uint32Array(this.sourceIds.length);
    for (let d = 0; d < this.size; d++) {
      const s = this.source[d] as number;
      counts[s] = (counts[s] as number) + 1;
    }
    const firstRank = new Uint32Array(this.sourceIds.length);
    let next = 0;
    for (const s of bySourceId) {
      firstRank[s] = next;
      next += counts[s] as number;
    }
    const docsByRank = new Uint32Array(this.size);
    const fill = firstRank.slice();
    for (let d = 0; d < this.size; d++) {
      const s = this.source[d] as number;
      docsByRank[fill[s] as number] = d;
      fill[s] = (fill[s] as number) + 1;
    }
    const ranks = new Uint32Array(this.size);
    for (const s of bySourceId) {
      const from = firstRank[s] as number;
      const group = docsByRank.subarray(from, from + (counts[s] as number));
      group.sort((a, b) => (this.ns[a] as number) - (this.ns[b] as number));
      group.forEach((d, i) => {
        if (i > 0 && this.ns[d] === this.ns[group[i - 1] as number]) {
          throw new NotebookError('CORPUS', `Paragraph id "${this.paragraphId(d)}" occurs more than once in the corpus.`);
        }
        ranks[d] = from + i;
      });
    }
    this.ranks = ranks;
    return ranks;
  }

  toJSON(): ParagraphTableJson {
    return { sourceIds: this.sourceIds, source: Array.from(this.source.subarray(0, this.size)), n: Array.from(this.ns.subarray(0, this.size)) };
  }

  /** Throws on anything malformed, so a damaged cache is rebuilt rather than trusted. */
  static fromJSON(json: unknown, expectedCount: number): ParagraphTable {
    const j = json as Partial<ParagraphTableJson> | null;
    if (!j || !Array.isArray(j.sourceIds) || !Array.isArray(j.source) || !Array.isArray(j.n)) {
      throw new Error('paragraph table is not {sourceIds, source, n}');
    }
    if (j.source.length !== expectedCount || j.n.length !== expectedCount) {
      throw new Error(`paragraph table has ${j.source.length} entries, expected ${expectedCount}`);
    }
    const t = new ParagraphTable(Math.max(1, expectedCount));
    for (const id of j.sourceIds) {
      if (typeof id !== 'string' || t.sourceIndex.has(id)) throw new Error('paragraph table has a bad or repeated source id');
      t.sourceIndex.set(id, t.sourceIds.length);
      t.sourceIds.push(id);
    }
    for (let d = 0; d < expectedCount; d++) {
      const s = j.source[d];
      const n = j.n[d];
      if (!Number.isInteger(s) || (s as number) < 0 || (s as number) >= t.sourceIds.length) throw new Error(`paragraph table entry ${d} has a bad source`);
      if (!Number.isInteger(n) || (n as number) < 1) throw new Error(`paragraph table entry ${d} has a bad n`);
      t.source[d] = s as number;
      t.ns[d] = n as number;
    }
    t.size = expectedCount;
    return t;
  }

  private grow(): void {
    const source = new Uint32Array(this.source.length * 2);
    source.set(this.source);
    const ns = new Uint32Array(this.ns.length * 2);
    ns.set(this.ns);
    this.source = source;
    this.ns = ns;
  }
}

function cmp(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}
