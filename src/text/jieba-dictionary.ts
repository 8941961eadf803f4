import { correctlyRoundedLn } from './correctly-rounded-ln.js';
import { WHITE_SPACE, characterClass } from './jieba-characters.js';
import { WordSpans } from './word-spans.js';
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
  /** Indices of the tags of words off the dictionary: no ASCII letter or digit, digits only, letters. */
  offDictionaryTags: { punctuation: number; number: number; english: number };
  /** ln(1) - ln(total): the score of a character that starts no dictionary word. */
  unknownCharacterScore: number;
}

/** A dictionary's text and the name its errors give (a file name). */
export interface DictionaryText {
  name: string;
  text: string;
}

/** jieba-rs `load_dict` over each dictionary in turn (the default one, then user dictionaries). */
export function loadJiebaDictionary(dictionaries: readonly DictionaryText[]): JiebaDictionary {
  const entries = new Entries(dictionaries.map((d) => d.text));
  dictionaries.forEach((dictionary, source) => entries.parse(dictionary, source));
  const { words, frequencies, tags } = entries.merged();
  let total = 0;
  for (const frequency of frequencies) total += frequency;
  const lnTotal = correctlyRoundedLn(total);
  const lnOf = new Map<number, number>();
  const scores = frequencies.map((frequency) => {
    let ln = lnOf.get(frequency);
    if (ln === undefined) lnOf.set(frequency, (ln = correctlyRoundedLn(frequency)));
    return ln - lnTotal;
  });
  const offDictionaryTags = { punctuation: entries.tagIndex('x'), number: entries.tagIndex('m'), english: entries.tagIndex('eng') };
  return { words: WordTrie.build(words, scores, tags), tags: entries.tagNames, offDictionaryTags, unknownCharacterScore: -lnTotal };
}

/** Dictionary lines in load order, in arrays sized by the line count up front (no growth, little garbage). */
class Entries {
  readonly tagNames: string[] = [];
  private readonly words: WordSpans;
  private readonly frequencies: Float64Array;
  private readonly tags: Int32Array;
  private readonly tagIndices = new Map<string, number>();

  constructor(texts: readonly string[]) {
    let lines = 0;
    for (const text of texts) for (let at = -1; at !== text.length; lines++) at = indexOrEnd(text, '\n', at + 1);
    this.words = new WordSpans(texts, lines);
    this.frequencies = new Float64Array(lines);
    this.tags = new Int32Array(lines);
  }

  /** Each line's first three whitespace-separated fields (as Rust's `split_whitespace`): word, frequency, tag. */
  parse({ name, text }: DictionaryText, source: number): void {
    for (let lineStart = 0, lineNumber = 1; lineStart < text.length; lineNumber++) {
      const lineEnd = indexOrEnd(text, '\n', lineStart);
      const [wordStart, wordEnd] = nextField(text, lineStart, lineEnd);
      if (wordEnd > wordStart) {
        const [frequencyStart, frequencyEnd] = nextField(text, wordEnd, lineEnd);
        const [tagStart, tagEnd] = nextField(text, frequencyEnd, lineEnd);
        this.frequencies[this.words.count] = parseFrequency(text, frequencyStart, frequencyEnd, `${name} line ${lineNumber}`);
        this.tags[this.words.count] = this.tagIndex(text.slice(tagStart, tagEnd));
        this.words.add(source, wordStart, wordEnd);
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
  merged(): { words: WordSpans; frequencies: Float64Array; tags: Int32Array } {
    const { words } = this;
    const order = Array.from({ length: words.count }, (_, i) => i).sort((a, b) => words.compare(a, b));
    const kept = new Int32Array(words.count);
    const frequencies = new Float64Array(words.count);
    let count = 0;
    for (const entry of order) {
      if (count === 0 || words.compare(kept[count - 1], entry) !== 0) kept[count++] = entry;
      frequencies[count - 1] = this.frequencies[entry];
    }
    return {
      words: words.select(kept.subarray(0, count)),
      frequencies: frequencies.slice(0, count),
      tags: kept.slice(0, count).map((entry) => this.tags[entry]),
    };
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** [start, end) of the first whitespace-separated field in text[from, to); empty at `to` when there is none. */
function nextField(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start < to && characterClass[text.charCodeAt(start)] === WHITE_SPACE) start++;
  let end = start;
  while (end < to && characterClass[text.charCodeAt(end)] !== WHITE_SPACE) end++;
  return [start, end];
}

/**
 * Rust's `usize::from_str` on text[start, end): an optional '+', then decimal digits. An absent
 * field is 0; anything else fails the load, as in jieba-rs, naming `where` (dictionary and line).
 */
function parseFrequency(text: string, start: number, end: number, where: string): number {
  if (start === end) return 0;
  const field = text.slice(start, end);
  const digitsStart = text.charCodeAt(start) === 0x2b ? start + 1 : start;
  if (digitsStart === end) throw new Error(`${where}: frequency ${field} is not a valid integer`);
  let value = 0;
  for (let at = digitsStart; at < end; at++) {
    const digit = text.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) throw new Error(`${where}: frequency ${field} is not a valid integer`);
    value = value * 10 + digit;
  }
  // Beyond 2^53 frequencies lose their exact value, and with it the route scores jieba-rs computes.
  if (!Number.isSafeInteger(value)) throw new Error(`${where}: frequency ${field} is too large`);
  return value;
}
