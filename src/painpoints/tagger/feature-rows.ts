import { IntKeyMap } from './int-key-map.js';
import { LABELS } from './spans.js';

export const LABEL_COUNT = LABELS.length;

/**
 * The tagger's feature tables and how many columns a row of each holds. A row is one key's weights
 * from every position the key is seen from: the character 拉 as the current, previous and next
 * character is one row of `char`, the word 拉杆 at each place in a word one row of `word`. Tagging then
 * looks each character, character pair and word of a review up once instead of hashing every feature
 * of every character, which is where tagging time went.
 */
export const TABLE_COLUMNS = {
  bias: 1,
  /** The character at offset 0, -1, +1 from the one being tagged. */
  char: 3,
  /** The character pair at (-1, 0) and (0, +1). */
  bigram: 2,
  /** The word under the character, by the character's place in it (single, begin, middle, end). */
  word: 4,
  /** Lexicon class of that word (negator, degree, aspect, positive, negative, none), by place. */
  lex: 4,
  /** Part-of-speech tag of that word, by place. */
  tag: 4,
  /** Lexicon class with the tag. */
  lexTag: 1,
} as const;
export type TableName = keyof typeof TABLE_COLUMNS;
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

/** As committed in models/: table → key → its row's weights, column after column, LABEL_COUNT per column. */
export type CommittedTables = Record<TableName, Record<string, number[]>>;

const NOT_FOUND = -1;

/**
 * Keys → rows, a row being `TABLE_COLUMNS[table]` consecutive slots of LABEL_COUNT weights. Growing
 * rows give every new key a row; frozen rows answer -1 for keys the model lacks. Characters and
 * character pairs, looked up for every character, are keyed by their UTF-16 codes, not by strings.
 */
export class FeatureRows {
  private readonly keys = new Map<TableName, Map<string, number>>(TABLE_NAMES.map((t) => [t, new Map()]));
  private readonly charBases = new Int32Array(0x10000).fill(NOT_FOUND);
  private readonly bigramBases = new IntKeyMap();
  private slots = 0;
  private acceptsNewKeys = true;

  /** From now on unknown keys get -1: tagging with a trained model. */
  freeze(): this {
    this.acceptsNewKeys = false;
    return this;
  }

  get slotCount(): number {
    return this.slots;
  }

  /** First slot of the key's row, or -1 when frozen rows do not know it. */
  base(table: TableName, key: string): number {
    if (table === 'char') return this.charBase(key.charCodeAt(0));
    if (table === 'bigram') return this.bigramBase(key.charCodeAt(0), key.charCodeAt(1));
    const keys = this.keys.get(table)!;
    const found = keys.get(key);
    if (found !== undefined) return found;
    if (!this.acceptsNewKeys) return NOT_FOUND;
    const base = this.allocate(table);
    keys.set(key, base);
    return base;
  }

  charBase(code: number): number {
    const found = this.charBases[code];
    if (found !== NOT_FOUND || !this.acceptsNewKeys) return found;
    return (this.charBases[code] = this.allocate('char'));
  }

  bigramBase(first: number, second: number): number {
    const key = (first << 16) | second;
    const found = this.bigramBases.get(key);
    if (found !== NOT_FOUND || !this.acceptsNewKeys) return found;
    const base = this.allocate('bigram');
    this.bigramBases.set(key, base);
    return base;
  }

  private allocate(table: TableName): number {
    const base = this.slots;
    this.slots += TABLE_COLUMNS[table];
    return base;
  }

  /** Every (table, key, first slot), for writing the model out. */
  *rows(): Generator<{ table: TableName; key: string; base: number }> {
    for (let code = 0; code < this.charBases.length; code++) {
      if (this.charBases[code] !== NOT_FOUND) yield { table: 'char', key: String.fromCharCode(code), base: this.charBases[code] };
    }
    for (const [key, base] of this.bigramBases.entries()) {
      yield { table: 'bigram', key: String.fromCharCode(key >>> 16, key & 0xffff), base };
    }
    for (const [table, keys] of this.keys) for (const [key, base] of keys) yield { table, key, base };
  }
}
