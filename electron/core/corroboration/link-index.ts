import type { LinkState } from './link-table';
import type { SourceEntry } from './signature-table';

/** Looks up rows by paragraph id and links by row, without a map of every paragraph id. */
export class LinkIndex {
  private readonly sources: Map<string, SourceEntry>;
  /** Links touching row r are order[start[r] .. start[r+1]-1] (indexes into state.links). */
  private readonly start: Int32Array;
  private readonly order: Int32Array;

  constructor(readonly state: LinkState) {
    const { links, table } = state;
    this.sources = new Map(table.sources.map((s) => [s.id, s]));
    const rows = table.paragraphN.length;
    const degree = new Int32Array(rows + 1);
    for (let i = 0; i < links.a.length; i++) {
      const a = (links.a[i] as number) + 1;
      const b = (links.b[i] as number) + 1;
      degree[a] = (degree[a] as number) + 1;
      degree[b] = (degree[b] as number) + 1;
    }
    for (let r = 0; r < rows; r++) degree[r + 1] = (degree[r + 1] as number) + (degree[r] as number);
    this.start = degree;
    this.order = new Int32Array(links.a.length * 2);
    const fill = degree.slice(0, rows);
    const place = (row: number, link: number): void => {
      const at = fill[row] as number;
      this.order[at] = link;
      fill[row] = at + 1;
    };
    for (let i = 0; i < links.a.length; i++) {
      place(links.a[i] as number, i);
      place(links.b[i] as number, i);
    }
  }

  /** The row of `<sourceId>:p<n>`, or -1 if it has none (ineligible, or not in the corpus). */
  rowOf(paragraphId: string): number {
    const at = paragraphId.lastIndexOf(':p');
    const source = at > 0 ? this.sources.get(paragraphId.slice(0, at)) : undefined;
    const n = Number(paragraphId.slice(at + 2));
    if (!source || !Number.isInteger(n)) return -1;
    // Rows of a source are in paragraph order: binary search.
    let lo = source.start;
    let hi = source.start + source.count - 1;
    const ns = this.state.table.paragraphN;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = ns[mid] as number;
      if (v === n) return mid;
      if (v < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  sourceOfRow(row: number): SourceEntry {
    const list = this.state.table.sources;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((list[mid] as SourceEntry).start <= row) lo = mid;
      else hi = mid - 1;
    }
    return list[lo] as SourceEntry;
  }

  idOf(row: number): string {
    return `${this.sourceOfRow(row).id}:p${this.state.table.paragraphN[row] as number}`;
  }

  /** Indexes into state.links of the links touching `row`. */
  linksOf(row: number): Int32Array {
    return this.order.subarray(this.start[row], this.start[row + 1]);
  }
}
