// Every indexed term, sorted, with how many paragraphs hold it. A term's id is its position in
// the sorted list, so the words a prefix expands to (`lavr` → lavrentiy, lavrov) are one id range,
// and the index needs no per-prefix entries (FlexSearch's "forward" tokenizer would multiply its
// size several times).

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class Vocabulary {
  constructor(
    /** Strictly increasing by code unit. */
    private readonly words: readonly string[],
    private readonly docFreq: Uint32Array,
  ) {}

  get size(): number {
    return this.words.length;
  }

  term(id: number): string {
    return this.words[id] as string;
  }

  /** The id of `term`, or -1 when no paragraph holds it. */
  id(term: string): number {
    const at = this.lowerBound(term);
    return this.words[at] === term ? at : -1;
  }

  /** Ids [from, to) of the terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let to = from;
    while (to < this.words.length && (this.words[to] as string).startsWith(prefix)) to++;
    return [from, to];
  }

  /** Ids of the terms that start with `prefix`: all, or the `max` most frequent (ties by spelling). */
  expand(prefix: string, max: number): number[] {
    const [from, to] = this.prefixRange(prefix);
    const found = Array.from({ length: to - from }, (_, i) => from + i);
    if (found.length > max) {
      found.sort((a, b) => (this.docFreq[b] as number) - (this.docFreq[a] as number) || a - b);
      found.length = max;
    }
    return found;
  }

  /** One `term<TAB>paragraph count` line per term; terms never hold tabs or newlines. */
  toText(): string {
    return this.words.map((w, i) => `${w}\t${this.docFreq[i]}\n`).join('');
  }

  /** Throws on anything malformed, so a damaged cache is rebuilt rather than trusted. */
  static fromText(text: string): Vocabulary {
    const lines = text.split('\n');
    if (lines.pop() !== '') throw new Error('vocabulary does not end with a newline');
    const words: string[] = [];
    const docFreq = new Uint32Array(lines.length);
    lines.forEach((line, i) => {
      const tab = line.indexOf('\t');
      const word = line.slice(0, tab);
      const df = Number(line.slice(tab + 1));
      if (tab <= 0 || !Number.isInteger(df) || df < 1) throw new Error(`vocabulary line ${i + 1} is malformed`);
      if (i > 0 && !(word > (words[i - 1] as string))) throw new Error(`vocabulary is not sorted at line ${i + 1}`);
      words.push(word);
      docFreq[i] = df;
    });
    return new Vocabulary(words, docFreq);
  }

  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] as string) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Collects terms while paragraphs are indexed, numbering them in order of first sight. */
export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private docFreq = new Uint32Array(1024);
  /** The last doc counted for each term, so a term repeated in a paragraph counts once. */
  private lastDoc = new Int32Array(1024).fill(-1);

  /** Provisional ids for a doc's terms (see `finish`). */
  idsOf(doc: number, terms: readonly string[]): number[] {
    return terms.map((term) => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(term, id);
        this.words.push(term);
        if (id === this.docFreq.length) this.grow();
      }
      if (this.lastDoc[id] !== doc) {
        this.lastDoc[id] = doc;
        this.docFreq[id] = (this.docFreq[id] as number) + 1;
      }
      return id;
    });
  }

  /** The sorted vocabulary, and `remap[provisional id]` = final id. */
  finish(): { vocabulary: Vocabulary; remap: Uint32Array } {
    const order = Array.from(this.words.keys()).sort((a, b) => byCodeUnit(this.words[a] as string, this.words[b] as string));
    const remap = new Uint32Array(order.length);
    order.forEach((provisional, final) => (remap[provisional] = final));
    const vocabulary = new Vocabulary(
      order.map((i) => this.words[i] as string),
      Uint32Array.from(order, (i) => this.docFreq[i] as number),
    );
    return { vocabulary, remap };
  }

  private grow(): void {
    const df = new Uint32Array(this.docFreq.length * 2);
    df.set(this.docFreq);
    const last = new Int32Array(this.lastDoc.length * 2).fill(-1);
    last.set(this.lastDoc);
    this.docFreq = df;
    this.lastDoc = last;
  }
}
