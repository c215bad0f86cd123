// Maps the index's internal doc numbers to paragraphs without keeping a string per paragraph:
// paragraph ids are `<sourceId>:p<n>`, so a source table plus two numbers per paragraph is enough.
import { NotebookError } from '../../shared/result';
import { decodeStrings, encodeStrings, type Section, section, uint32Section } from './index-file';

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

  /**
   * The same paragraphs renumbered in paragraph-id order (source id, then n), so that doc order is
   * the ranking's tie-break; `order[d]` is the number doc d had here. Throws on a repeated id.
   */
  inIdOrder(): { table: ParagraphTable; order: Uint32Array } {
    // Sources sorted by id, then a counting sort of docs by source, then by n within each source
    // (already in order for a corpus read in order): no comparison sort over every paragraph.
    const bySourceId = this.sourceIds.map((_, i) => i).sort((a, b) => cmp(this.sourceIds[a], this.sourceIds[b]));
    const newSource = new Uint32Array(this.sourceIds.length);
    bySourceId.forEach((s, i) => (newSource[s] = i));
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
    const order = new Uint32Array(this.size);
    const fill = firstRank.slice();
    for (let d = 0; d < this.size; d++) {
      const s = this.source[d] as number;
      order[fill[s] as number] = d;
      fill[s] = (fill[s] as number) + 1;
    }
    const table = new ParagraphTable(Math.max(1, this.size));
    for (const s of bySourceId) {
      table.sourceIndex.set(this.sourceIds[s] as string, table.sourceIds.length);
      table.sourceIds.push(this.sourceIds[s] as string);
      const from = firstRank[s] as number;
      const group = order.subarray(from, from + (counts[s] as number));
      group.sort((a, b) => (this.ns[a] as number) - (this.ns[b] as number));
      group.forEach((d, i) => {
        if (i > 0 && this.ns[d] === this.ns[group[i - 1] as number]) {
          throw new NotebookError('CORPUS', `Paragraph id "${this.paragraphId(d)}" occurs more than once in the corpus.`);
        }
        table.source[from + i] = newSource[s] as number;
        table.ns[from + i] = this.ns[d] as number;
      });
    }
    table.size = this.size;
    return { table, order };
  }

  sections(): [string, Section][] {
    const { offsets, bytes } = encodeStrings(this.sourceIds);
    return [
      ['SRCO', offsets],
      ['SRCB', bytes],
      ['PSRC', this.source.subarray(0, this.size)],
      ['PNUM', this.ns.subarray(0, this.size)],
    ];
  }

  /**
   * A table saved in paragraph-id order (see `inIdOrder`). Throws on anything malformed or out of
   * order, so a damaged cache is rebuilt rather than trusted.
   */
  static fromSections(sections: Map<string, Section>, expectedCount: number): ParagraphTable {
    const sourceIds = decodeStrings(uint32Section(sections, 'SRCO'), section(sections, 'SRCB', [1]) as Uint8Array);
    const source = uint32Section(sections, 'PSRC');
    const ns = uint32Section(sections, 'PNUM');
    if (source.length !== expectedCount || ns.length !== expectedCount) {
      throw new Error(`paragraph table has ${source.length} entries, expected ${expectedCount}`);
    }
    const t = new ParagraphTable(1);
    sourceIds.forEach((id, i) => {
      if (i > 0 && !(id > (sourceIds[i - 1] as string))) throw new Error('paragraph table has unsorted or repeated source ids');
      t.sourceIndex.set(id, i);
      t.sourceIds.push(id);
    });
    for (let d = 0; d < expectedCount; d++) {
      const s = source[d] as number;
      const n = ns[d] as number;
      if (s >= sourceIds.length) throw new Error(`paragraph table entry ${d} has a bad source`);
      if (n < 1) throw new Error(`paragraph table entry ${d} has a bad n`);
      if (d > 0 && (s < (source[d - 1] as number) || (s === source[d - 1] && n <= (ns[d - 1] as number)))) {
        throw new Error(`paragraph table entry ${d} is out of paragraph-id order`);
      }
    }
    t.source = source;
    t.ns = ns;
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
