// A large set of words held compactly: one string of the words in sorted
// order and the offset where each starts, looked up by binary search. A Set
// of the English word list's 275,000 strings keeps ~35 MB resident for the
// life of the process; this form keeps under 4 MB, at ~18 comparisons a look-up.

export class WordList {
  private constructor(
    private readonly text: string,
    /** starts[i] is where word i begins in `text`; starts[size] is its end (plus the separator) */
    private readonly starts: Uint32Array,
  ) {}

  /** The words in any order (duplicates are kept once). */
  static of(words: Iterable<string>): WordList {
    // sorted by UTF-16 code units, the order `compareAt` reads them in
    const sorted = [...new Set(words)].sort();
    const starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    for (let i = 0; i < sorted.length; i++) {
      starts[i] = at;
      at += sorted[i].length + 1;
    }
    starts[sorted.length] = at;
    // the separator is never compared: each word's length comes from the offsets
    return new WordList(sorted.join('\n'), starts);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** word − the i-th word, as a sign */
  private compareAt(word: string, i: number): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - 1 - start;
    const n = Math.min(length, word.length);
    for (let k = 0; k < n; k++) {
      const d = word.charCodeAt(k) - this.text.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return word.length - length;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareAt(word, mid);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }
}
