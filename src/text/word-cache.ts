import { WORD_IDS, type TaggedWord } from './segment.js';

/** Past this many distinct words off the dictionary a cache starts over, so a server's memory stays bounded. */
const OFF_DICTIONARY_LIMIT = 200_000;

/**
 * Something worked out once per distinct word and read many times per review (its lexicon facts, its
 * tagger rows). Dictionary words are found by their segmenter id: hashing a freshly cut word's string
 * cost more than everything else done with the word. Words off the dictionary by their character when
 * they are one (punctuation, ten per review), else by their string (numbers, Latin words); their tag
 * follows from their characters, so the characters decide.
 */
export class WordCache<T> {
  /** Index into `known` of each dictionary word id, -1 until first seen. */
  private readonly knownById = new Int32Array(WORD_IDS).fill(-1);
  /** The same for one-character words off the dictionary, by code unit. */
  private readonly knownByCharacter = new Int32Array(0x10000).fill(-1);
  private readonly known: T[] = [];
  private readonly offDictionary = new Map<string, T>();

  constructor(private readonly resolve: (word: TaggedWord) => T) {}

  of(word: TaggedWord): T {
    if (word.id >= 0) return this.indexed(this.knownById, word.id, word);
    if (word.end - word.start === 1) return this.indexed(this.knownByCharacter, word.word.charCodeAt(0), word);
    let value = this.offDictionary.get(word.word);
    if (value === undefined) {
      if (this.offDictionary.size >= OFF_DICTIONARY_LIMIT) this.offDictionary.clear();
      this.offDictionary.set(word.word, (value = this.resolve(word)));
    }
    return value;
  }

  private indexed(indices: Int32Array, at: number, word: TaggedWord): T {
    const index = indices[at];
    if (index >= 0) return this.known[index];
    const value = this.resolve(word);
    indices[at] = this.known.push(value) - 1;
    return value;
  }
}
