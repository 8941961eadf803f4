import { correctlyRoundedLn } from './correctly-rounded-ln.js';
import { WHITE_SPACE, characterClass } from './jieba-characters.js';
import { WordTrie } from './word-trie.js';

/**
 * jieba's dictionary (word, frequency, part-of-speech tag), loaded with jieba-rs' `load_dict` rules:
 * a word seen again keeps its first tag but takes the new frequency, a missing frequency is 0, and
 * the total is the sum of the final frequencies. Each word carries its route score
 * ln(freq) - ln(total), computed once here to the bit as jieba-rs computes it per edge.
 */
export interface JiebaDictionary {
  words: WordTrie;
  /** Tag names; words carry indices into this list. */
  tags: readonly string[];
  /** ln(1) - ln(total): the score of a character that starts no dictionary word. */
  unknownCharacterScore: number;
}

/** The tags jieba gives words off the dictionary: no ASCII letter or digit, digits only, letters. */
export const OFF_DICTIONARY_TAGS = ['x', 'm', 'eng'] as const;

/** jieba-rs `load_dict` over each text in turn (the default dictionary, then user dictionaries). */
export function loadJiebaDictionary(dictionaries: readonly string[]): JiebaDictionary {
  const entries = new Entries();
  for (const text of dictionaries) entries.parse(text);
  const { words, frequencies, tags } = entries.merged();
  let total = 0;
  for (const frequency of frequencies) total += frequency;
  const lnTotal = correctlyRoundedLn(total);
  const lnOf = new Map<number, number>();
  const scores = Float64Array.from(frequencies, (frequency) => {
    let ln = lnOf.get(frequency);
    if (ln === undefined) lnOf.set(frequency, (ln = correctlyRoundedLn(frequency)));
    return ln - lnTotal;
  });
  for (const tag of OFF_DICTIONARY_TAGS) entries.tagIndex(tag);
  return { words: WordTrie.build(words, scores, tags), tags: entries.tagNames, unknownCharacterScore: 0 - lnTotal };
}

/** Dictionary lines in load order. */
class Entries {
  readonly tagNames: string[] = [];
  private readonly words: string[] = [];
  private readonly frequencies: number[] = [];
  private readonly tags: number[] = [];
  private readonly tagIndices = new Map<string, number>();

  /** Each line's first three whitespace-separated fields (as Rust's `split_whitespace`): word, frequency, tag. */
  parse(text: string): void {
    let lineNumber = 0;
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      lineNumber++;
      const fields: string[] = [];
      for (let at = lineStart; at < lineEnd && fields.length < 3; ) {
        while (at < lineEnd && characterClass[text.charCodeAt(at)] === WHITE_SPACE) at++;
        const fieldStart = at;
        while (at < lineEnd && characterClass[text.charCodeAt(at)] !== WHITE_SPACE) at++;
        if (at > fieldStart) fields.push(text.slice(fieldStart, at));
      }
      if (fields.length > 0) {
        this.words.push(fields[0]);
        this.frequencies.push(fields.length > 1 ? parseFrequency(fields[1], lineNumber) : 0);
        this.tags.push(this.tagIndex(fields[2] ?? ''));
      }
      lineStart = lineEnd + 1;
    }
  }

  tagIndex(tag: string): number {
    let index = this.tagIndices.get(tag);
    if (index === undefined) this.tagIndices.set(tag, (index = this.tagNames.push(tag) - 1));
    return index;
  }

  /**
   * One entry per word, sorted by code unit: the first tag and the last frequency in load order.
   * The default dictionary comes sorted, so the (stable) sort mostly merges in the user words.
   */
  merged(): { words: string[]; frequencies: number[]; tags: Int32Array } {
    const { words } = this;
    const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : a - b));
    const merged = { words: [] as string[], frequencies: [] as number[], tags: [] as number[] };
    for (const entry of order) {
      const last = merged.words.length - 1;
      if (last >= 0 && merged.words[last] === words[entry]) {
        merged.frequencies[last] = this.frequencies[entry];
      } else {
        merged.words.push(words[entry]);
        merged.frequencies.push(this.frequencies[entry]);
        merged.tags.push(this.tags[entry]);
      }
    }
    return { ...merged, tags: Int32Array.from(merged.tags) };
  }
}

/** Rust's `usize::from_str`: an optional '+', then decimal digits; anything else fails the load, as in jieba-rs. */
function parseFrequency(field: string, lineNumber: number): number {
  if (!/^\+?[0-9]+$/.test(field)) throw new Error(`dictionary line ${lineNumber}: frequency ${field} is not a valid integer`);
  return Number(field);
}
