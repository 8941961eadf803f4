/**
 * Words as spans of the texts they were read from: a 350k-word dictionary then costs three int32s
 * per word while it is sorted and built into a trie, instead of a string per word.
 */
export class WordSpans {
  count = 0;
  private readonly source: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(
    private readonly texts: readonly string[],
    capacity: number,
  ) {
    this.source = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  /** Adds texts[source][start, end) as the next word. */
  add(source: number, start: number, end: number): void {
    this.source[this.count] = source;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }

  length(word: number): number {
    return this.end[word] - this.start[word];
  }

  /** The code unit at `offset` in the word. */
  unit(word: number, offset: number): number {
    return this.texts[this.source[word]].charCodeAt(this.start[word] + offset);
  }

  /** How many code units words a and b start with in common. */
  commonPrefix(a: number, b: number): number {
    const length = Math.min(this.length(a), this.length(b));
    let i = 0;
    while (i < length && this.unit(a, i) === this.unit(b, i)) i++;
    return i;
  }

  /** Negative, zero or positive as word a sorts before, with or after b, by code unit (JavaScript's string order). */
  compare(a: number, b: number): number {
    const shared = this.commonPrefix(a, b);
    if (shared < this.length(a) && shared < this.length(b)) return this.unit(a, shared) - this.unit(b, shared);
    return this.length(a) - this.length(b);
  }

  /** The words at `indices`, in that order. */
  select(indices: ArrayLike<number>): WordSpans {
    const selected = new WordSpans(this.texts, indices.length);
    for (let i = 0; i < indices.length; i++) {
      const word = indices[i];
      selected.add(this.source[word], this.start[word], this.end[word]);
    }
    return selected;
  }
}
