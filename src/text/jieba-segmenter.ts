import {
  BLOCK,
  characterClass,
  isAsciiAlphanumeric,
  isAsciiDigit,
  isAstralBlockCharacter,
  isHighSurrogate,
  isLowSurrogate,
} from './jieba-characters.js';
import type { JiebaDictionary } from './jieba-dictionary.js';
import { NONE } from './word-trie.js';

/** A word with its jieba part-of-speech tag (n noun, v verb, a adjective, d adverb, x punctuation, …). */
export interface TaggedWord {
  word: string;
  tag: string;
  /**
   * The word's number in the segmenter's dictionary (its trie node, so numbers are sparse, below
   * WORD_IDS), -1 off it (punctuation, numbers, Latin words): what reads a word many times per review
   * can index arrays by it instead of hashing the string.
   */
  id: number;
  /** Where the word sits in the segmented text: text.slice(start, end) === word. */
  start: number;
  end: number;
}

/**
 * jieba-rs' `cut(text, false)` and `tag(text, false)` (the dictionary route without HMM), word for
 * word and tag for tag:
 * - the text splits into blocks of Han characters, ASCII letters, digits and `+#&._%-`; outside
 *   them every character is a word, except that "\r\n" is one;
 * - in a block, the route maximises the sum of ln(freq) - ln(total) over dictionary words, a
 *   character that starts no word scoring as freq 1; ties go to the longer word, as Rust's max_by
 *   keeps the last maximum;
 * - consecutive single ASCII letters and digits on the route join into one word;
 * - a word's tag is its dictionary tag, else x without ASCII letters or digits, m with digits only,
 *   eng otherwise.
 * The route is scored right to left while walking the trie from each position, so there is no
 * separate DAG, and tags come out of the same pass. Positions are UTF-16 offsets; a surrogate pair
 * is one character, as a code point is in Rust.
 */
export class JiebaSegmenter {
  private routeScore = new Float64Array(0);
  private routeEnd = new Int32Array(0);
  /** Trie node of the route's word from each position, NONE for a character off the dictionary. */
  private routeNode = new Int32Array(0);
  /** The words of the last split: [start, end) offsets, tag indices and trie nodes (NONE off the dictionary). */
  private wordStart = new Int32Array(0);
  private wordEnd = new Int32Array(0);
  private wordTag = new Int32Array(0);
  private wordNode = new Int32Array(0);
  private wordCount = 0;
  private readonly punctuationTag: number;
  private readonly numberTag: number;
  private readonly englishTag: number;

  constructor(private readonly dictionary: JiebaDictionary) {
    ({ punctuation: this.punctuationTag, number: this.numberTag, english: this.englishTag } = dictionary.offDictionaryTags);
  }

  tag(text: string): TaggedWord[] {
    const count = this.split(text);
    const { wordStart, wordEnd, wordTag, wordNode } = this;
    const { tags } = this.dictionary;
    const words: TaggedWord[] = [];
    for (let i = 0; i < count; i++) {
      const start = wordStart[i];
      const end = wordEnd[i];
      words.push({ word: text.slice(start, end), tag: tags[wordTag[i]], id: wordNode[i], start, end });
    }
    return words;
  }

  cut(text: string): string[] {
    const count = this.split(text);
    const { wordStart, wordEnd } = this;
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(text.slice(wordStart[i], wordEnd[i]));
    return words;
  }

  /** Fills wordStart/wordEnd/wordTag/wordNode with the words of text; returns how many. */
  private split(text: string): number {
    this.reserve(text.length);
    this.wordCount = 0;
    for (let at = 0; at < text.length; ) {
      let blockEnd = at;
      for (let width = blockWidth(text, at); width > 0; width = blockWidth(text, blockEnd)) blockEnd += width;
      if (blockEnd > at) {
        this.cutBlock(text, at, blockEnd);
        at = blockEnd;
        continue;
      }
      const unit = text.charCodeAt(at);
      const width =
        (unit === 0x0d && text.charCodeAt(at + 1) === 0x0a) ||
        (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(at + 1)))
          ? 2
          : 1;
      // Outside blocks there are no ASCII letters or digits.
      this.pushTagged(text, at, at + width, this.punctuationTag);
      at += width;
    }
    return this.wordCount;
  }

  /** The best route through text[start, end), then its words. */
  private cutBlock(text: string, start: number, end: number): void {
    this.scoreRoute(text, start, end);
    const { routeEnd, routeNode } = this;
    const { words } = this.dictionary;
    let asciiRun = NONE;
    for (let at = start; at < end; ) {
      const next = routeEnd[at];
      if (next - at === 1 && isAsciiAlphanumeric(text.charCodeAt(at))) {
        if (asciiRun === NONE) asciiRun = at;
      } else {
        if (asciiRun !== NONE) this.pushAsciiRun(text, asciiRun, at);
        asciiRun = NONE;
        // A character off the dictionary here is a Han character or one of +#&._%-: no ASCII letter or digit.
        const node = routeNode[at];
        this.push(at, next, node === NONE ? this.punctuationTag : words.tag(node), node);
      }
      at = next;
    }
    if (asciiRun !== NONE) this.pushAsciiRun(text, asciiRun, end);
  }

  /** routeScore/routeEnd/routeNode for every character start in text[start, end), right to left. */
  private scoreRoute(text: string, start: number, end: number): void {
    const { routeScore, routeEnd, routeNode } = this;
    const { words, unknownCharacterScore } = this.dictionary;
    const { rootChild } = words;
    routeScore[end] = 0;
    let nextCharacter = end;
    for (let at = end - 1; at >= start; at--) {
      if (isLowSurrogate(text.charCodeAt(at))) at--; // inside a block, always the pair's second half
      let bestScore = -Infinity;
      let bestEnd = NONE;
      let bestNode = NONE;
      const first = text.charCodeAt(at);
      // The dictionary words starting at `at`: one unit, two units (the pair hash), then down the trie.
      let node = rootChild[first];
      for (let wordEnd = at + 1; node !== NONE; wordEnd++) {
        const score = words.score(node) + routeScore[wordEnd];
        // NaN (no word ends here) fails the comparison. ≥: on a tie the longer word wins, as
        // jieba-rs compares (score, end) and keeps the last maximum.
        if (score >= bestScore) {
          bestScore = score;
          bestEnd = wordEnd;
          bestNode = node;
        }
        if (wordEnd === end) break;
        const unit = text.charCodeAt(wordEnd);
        node = wordEnd === at + 1 ? words.pairChild(first, unit) : words.child(node, unit);
      }
      if (bestEnd === NONE) {
        bestScore = unknownCharacterScore + routeScore[nextCharacter];
        bestEnd = nextCharacter;
      }
      routeScore[at] = bestScore;
      routeEnd[at] = bestEnd;
      routeNode[at] = bestNode;
      nextCharacter = at;
    }
  }

  private pushAsciiRun(text: string, start: number, end: number): void {
    let digitsOnly = true;
    for (let i = start; i < end && digitsOnly; i++) digitsOnly = isAsciiDigit(text.charCodeAt(i));
    this.pushTagged(text, start, end, digitsOnly ? this.numberTag : this.englishTag);
  }

  /** A word with its dictionary tag, or `offDictionaryTag` when it is not in the dictionary. */
  private pushTagged(text: string, start: number, end: number, offDictionaryTag: number): void {
    const { words } = this.dictionary;
    const node = words.wordAt(text, start, end);
    this.push(start, end, node === NONE ? offDictionaryTag : words.tag(node), node);
  }

  private push(start: number, end: number, tag: number, node: number): void {
    this.wordStart[this.wordCount] = start;
    this.wordEnd[this.wordCount] = end;
    this.wordTag[this.wordCount] = tag;
    this.wordNode[this.wordCount] = node;
    this.wordCount++;
  }

  /** Word ids run from 0 to below this. */
  get wordIds(): number {
    return this.dictionary.words.nodeLimit;
  }

  private reserve(length: number): void {
    if (this.routeScore.length > length) return;
    const size = Math.max(length + 1, 2 * this.routeScore.length);
    this.routeScore = new Float64Array(size);
    this.routeEnd = new Int32Array(size);
    this.routeNode = new Int32Array(size);
    this.wordStart = new Int32Array(size);
    this.wordEnd = new Int32Array(size);
    this.wordTag = new Int32Array(size);
    this.wordNode = new Int32Array(size);
  }
}

/** Code units of the RE_HAN_DEFAULT character at `at`: 1, 2 for an astral ideograph, 0 when it is not one. */
function blockWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const unit = text.charCodeAt(at);
  if (characterClass[unit] === BLOCK) return 1;
  if (!isHighSurrogate(unit)) return 0;
  const low = text.charCodeAt(at + 1);
  if (!isLowSurrogate(low)) return 0;
  return isAstralBlockCharacter(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
}
