import type { TaggedWord } from '../../../text/segment.js';
import { LABEL_COUNT, type FeatureRows } from '../feature-rows.js';
import { EDGE_CODE, ownRowsOf, placeIn, type OwnRows, type PreparedLexicons } from '../features.js';
import { IntKeyMap } from '../int-key-map.js';
import { WordCache } from '../../../text/word-cache.js';

/** Where a character's three character features and two pair features sit in their rows (feature-rows.ts). */
const [CHAR_HERE, CHAR_BEFORE, CHAR_AFTER] = [0, 1, 2];
const [PAIR_ENDING_HERE, PAIR_STARTING_HERE] = [0, 1];
/** A compiled pair row: what the pair adds at its first character, then at its second. */
const AT_FIRST = 0;
const AT_SECOND = LABEL_COUNT;
const PLACES = 4;

/**
 * The tagger's emission scores of a review, straight from its characters and words. characterFeatures
 * lists ten feature slots per character and the tagger adds their ten weight rows; here the rows that
 * always fire together are added once, when the model loads or a word is first seen:
 * - a character pair with the pair's neighbours: at the pair's first character, the pair and the next
 *   character; at its second, the pair, the character before and the character itself;
 * - a word at each place in it, with the bias and its lexicon class, tag, and class with tag.
 * A character then adds three rows (its word's and the two pairs it belongs to), not ten, and no slot
 * array is built. Sums are of the same integer weights, so scores are exactly the ten rows' scores.
 */
export class ReviewEmissions {
  /** Sums of a few weights, LABEL_COUNT per row. */
  private readonly table: Int32Array;
  /** Start in `table` of each known character's three columns, by code unit; -1 unknown. */
  private readonly chars = new Int32Array(0x10000).fill(-1);
  private readonly pairs = new IntKeyMap();
  private readonly bias: number;
  /**
   * Four places per distinct combination of a word's rows, compiled when a word first has it: words
   * are open-ended (numbers, Latin words), combinations are bounded by the model.
   */
  private wordTable = new Int32Array(16 * PLACES * LABEL_COUNT);
  private readonly compiledWords = new Map<string, number>();
  private readonly words: WordCache<number>;

  constructor(rows: FeatureRows, private readonly weights: Int16Array, lexicons: PreparedLexicons) {
    const row = (base: number, column: number) => weights.subarray((base + column) * LABEL_COUNT, (base + column + 1) * LABEL_COUNT);
    const known = [...rows.rows()];
    const knownChars = known.filter((r) => r.table === 'char').map((r) => r.key.charCodeAt(0));
    const knownPairs = known.filter((r) => r.table === 'bigram').map((r) => (r.key.charCodeAt(0) << 16) | r.key.charCodeAt(1));
    this.table = new Int32Array((1 + knownChars.length * 3 + knownPairs.length * 2) * LABEL_COUNT);
    let end = 0;
    const append = (...parts: Int16Array[]) => {
      for (let l = 0; l < LABEL_COUNT; l++) this.table[end + l] = sumOfRows(parts, l);
      end += LABEL_COUNT;
      return end - LABEL_COUNT;
    };
    this.bias = append(row(rows.base('bias', ''), 0));
    for (const code of knownChars) {
      const base = rows.charBase(code);
      this.chars[code] = append(row(base, CHAR_HERE));
      append(row(base, CHAR_BEFORE));
      append(row(base, CHAR_AFTER));
    }
    const charRow = (code: number, column: number) => (rows.charBase(code) < 0 ? [] : [row(rows.charBase(code), column)]);
    for (const key of knownPairs) {
      const [first, second] = [key >>> 16, key & 0xffff];
      const base = rows.bigramBase(first, second);
      // bounded-arguments: charRow gives at most one row
      this.pairs.set(key, append(row(base, PAIR_STARTING_HERE), ...charRow(second, CHAR_AFTER)));
      // bounded-arguments: charRow gives at most one row
      append(row(base, PAIR_ENDING_HERE), ...charRow(first, CHAR_BEFORE), ...charRow(second, CHAR_HERE));
    }
    this.words = new WordCache((word) => {
      const own = ownRowsOf(word, rows, lexicons);
      const key = `${own.word} ${own.lex} ${own.tagRow} ${own.lexTag}`;
      let start = this.compiledWords.get(key);
      if (start === undefined) this.compiledWords.set(key, (start = this.compileWord(own)));
      return start;
    });
  }

  /** Emission scores of every character of `text` segmented into `words`: [char * LABEL_COUNT + label]. */
  of(text: string, words: readonly TaggedWord[]): Int32Array {
    const n = text.length;
    // Where each character's word row starts in wordTable; a character no word covers (segmenters may
    // drop whitespace) has the bias alone, marked -1.
    const wordRowAt = new Int32Array(n);
    let i = 0;
    for (const word of words) {
      const compiled = this.words.of(word);
      const length = word.end - word.start;
      for (let k = 0; k < length && i < n; k++, i++) wordRowAt[i] = compiled + placeIn(length, k) * LABEL_COUNT;
    }
    wordRowAt.fill(-1, i, n);
    const { table, wordTable } = this; // read after the words: compiling one may grow wordTable
    const scores = new Int32Array(n * LABEL_COUNT);
    // Then the pairs over the text padded by an edge character each side; the pair starting at one
    // character is the pair ending at the next.
    let previous = EDGE_CODE;
    let here = n > 0 ? text.charCodeAt(0) : EDGE_CODE;
    let ending = this.pairs.get((previous << 16) | here);
    for (let i = 0, at = 0; i < n; i++, at += LABEL_COUNT) {
      const row = wordRowAt[i];
      if (row >= 0) copyRow(scores, at, wordTable, row);
      else copyRow(scores, at, table, this.bias);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : EDGE_CODE;
      if (ending >= 0) addRow(scores, at, table, ending + AT_SECOND);
      else {
        this.addChar(scores, at, previous, CHAR_BEFORE);
        this.addChar(scores, at, here, CHAR_HERE);
      }
      const starting = this.pairs.get((here << 16) | next);
      if (starting >= 0) addRow(scores, at, table, starting + AT_FIRST);
      else this.addChar(scores, at, next, CHAR_AFTER);
      previous = here;
      here = next;
      ending = starting;
    }
    return scores;
  }

  private addChar(scores: Int32Array, at: number, code: number, column: number): void {
    const start = this.chars[code];
    if (start >= 0) addRow(scores, at, this.table, start + column * LABEL_COUNT);
  }

  /** A word's four places, each the bias plus its word, class, tag and class-with-tag rows; returns where they start. */
  private compileWord(own: OwnRows): number {
    const start = this.compiledWords.size * PLACES * LABEL_COUNT;
    if (start + PLACES * LABEL_COUNT > this.wordTable.length) {
      const grown = new Int32Array(this.wordTable.length * 2);
      grown.set(this.wordTable);
      this.wordTable = grown;
    }
    const row = (slot: number) => this.weights.subarray(slot * LABEL_COUNT, (slot + 1) * LABEL_COUNT);
    const bias = this.table.subarray(this.bias, this.bias + LABEL_COUNT);
    for (let place = 0; place < PLACES; place++) {
      const rows = own.lexTag >= 0 ? [bias, row(own.lexTag)] : [bias];
      for (const base of [own.word, own.lex, own.tagRow]) if (base >= 0) rows.push(row(base + place));
      for (let l = 0; l < LABEL_COUNT; l++) this.wordTable[start + place * LABEL_COUNT + l] = sumOfRows(rows, l);
    }
    return start;
  }
}

/** Label `label` of the rows added up. */
function sumOfRows(rows: readonly ArrayLike<number>[], label: number): number {
  let sum = 0;
  for (const row of rows) sum += row[label];
  return sum;
}

/** Row `start` of `from` copied to scores [at …]. */
function copyRow(out: Int32Array, at: number, from: Int32Array, start: number): void {
  for (let l = 0; l < LABEL_COUNT; l++) out[at + l] = from[start + l];
}

/** Row `start` of `from` added to scores [at …]. */
function addRow(out: Int32Array, at: number, from: Int32Array, start: number): void {
  for (let l = 0; l < LABEL_COUNT; l++) out[at + l] += from[start + l];
}
