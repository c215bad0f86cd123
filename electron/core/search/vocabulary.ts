// Every indexed term, sorted, with how many paragraphs hold it: prefix search expands `lavr` into
// the indexed words that start with it, so the index needs no per-prefix entries (FlexSearch's
// "forward" tokenizer would multiply its size several times).

export class Vocabulary {
  private constructor(
    private readonly words: string[],
    private readonly docFreq: Uint32Array,
  ) {}

  static from(entries: Iterable<readonly [string, number]>): Vocabulary {
    const list = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return new Vocabulary(
      list.map((e) => e[0]),
      Uint32Array.from(list, (e) => e[1]),
    );
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The indexed terms that start with `prefix`: all of them, or the `max` most frequent (ties by
   * spelling) when there are more, so a one-letter prefix stays cheap.
   */
  expand(prefix: string, max: number): string[] {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.words.length && (this.words[i] as string).startsWith(prefix); i++) found.push(i);
    if (found.length > max) {
      found.sort((a, b) => (this.docFreq[b] as number) - (this.docFreq[a] as number) || a - b);
      found.length = max;
    }
    return found.map((i) => this.words[i] as string);
  }
}
