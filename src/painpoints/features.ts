import type { TaggedWord } from '../text/segment.js';
import { type FeatureRows, type TableName } from './feature-rows.js';
import type { FeatureSequence } from './perceptron.js';

/**
 * Word lists learned from data (see scripts/train-painpoints.ts), given to the tagger as features so it
 * carries over from cosmetics (where its labels come from) to storage boxes, stationery and toys.
 */
export interface Lexicons {
  /** word → log-odds of appearing in a positive rather than a negative review. */
  polarity: Record<string, number>;
  /** Nouns buyers attach opinions to (拉杆, 盖子, 物流). */
  aspects: string[];
  negators: string[];
  degrees: string[];
}

/** Log-odds beyond this mark a word as clearly positive or negative (about 3:1 odds). */
const POLARITY_CUTOFF = 1.1;
const PUNCTUATION = /[\p{P}\p{S}\s]/u;

export interface PreparedLexicons {
  polarity: Map<string, number>;
  aspects: Set<string>;
  negators: Set<string>;
  degrees: Set<string>;
  /** The tagger's lexicon feature of every listed word (neg, deg, asp, pos, bad): one lookup per word, not four. */
  classes: Map<string, string>;
}

export function prepareLexicons(l: Lexicons): PreparedLexicons {
  const lex = {
    polarity: new Map(Object.entries(l.polarity)),
    aspects: new Set(l.aspects),
    negators: new Set(l.negators),
    degrees: new Set(l.degrees),
  };
  const listed = [...l.negators, ...l.degrees, ...l.aspects, ...Object.keys(l.polarity)];
  const classes = new Map(listed.map((word) => [word, lexiconClass(word, lex)]));
  return { ...lex, classes };
}

function charClass(c: string): string {
  if (PUNCTUATION.test(c)) return 'punct';
  if (/[0-9]/.test(c)) return 'digit';
  if (/[a-z]/i.test(c)) return 'latin';
  return 'han';
}

/** What charClass can say, plus what lies beyond the text. */
const CHAR_CLASSES = ['punct', 'digit', 'latin', 'han', 'edge'];
const PUNCT = CHAR_CLASSES.indexOf('punct');
const CHAR_EDGE = CHAR_CLASSES.indexOf('edge');

/** charClass per UTF-16 code unit (its index + 1; 0 not seen yet): the regexes ran per character otherwise. */
const classOfCode = new Uint8Array(0x10000);
function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return CHAR_EDGE;
  const code = text.charCodeAt(i);
  classOfCode[code] ||= CHAR_CLASSES.indexOf(charClass(text[i])) + 1;
  return classOfCode[code] - 1;
}

/** The lexicon feature of a word no list holds, nor any clear polarity. */
const UNLISTED = '-';

function lexiconClass(word: string, lex: Omit<PreparedLexicons, 'classes'>): string {
  if (lex.negators.has(word)) return 'neg';
  if (lex.degrees.has(word)) return 'deg';
  if (lex.aspects.has(word)) return 'asp';
  const odds = lex.polarity.get(word) ?? 0;
  if (odds > POLARITY_CUTOFF) return 'pos';
  if (odds < -POLARITY_CUTOFF) return 'bad';
  return UNLISTED;
}

/** What lexiconClass can say, plus what lies beyond the text. */
const LEX_CLASSES = ['neg', 'deg', 'asp', 'pos', 'bad', UNLISTED, 'edge'];
const LEX_EDGE = LEX_CLASSES.indexOf('edge');
/** Clause positions told apart: 0, 1, 2, and 3 or more characters since the clause began. */
const SINCE_CLAUSE_CAP = 3;
/** How many features fire at every character (the writes in characterFeatures). */
const FEATURES_PER_CHARACTER = 21;
/** What stands beyond either end of the text, or of the word list. */
const EDGE = '#';
const EDGE_CODE = EDGE.charCodeAt(0);
const EDGE_WORD: TaggedWord = { word: EDGE, tag: EDGE };
/** Where a character sits inside its word: single, begin, middle, end. */
const [SINGLE, BEGIN, MIDDLE, END] = [0, 1, 2, 3];
const placeIn = (length: number, k: number) => (length === 1 ? SINGLE : k === 0 ? BEGIN : k === length - 1 ? END : MIDDLE);
/** Column offsets inside a word row (TABLE_COLUMNS.word): the word itself, as the word before, as the word after. */
const [AS_WORD, AS_PREVIOUS, AS_NEXT] = [0, 4, 8];
/** Column offset of (this word, word after) inside a tagPair row. */
const AS_LEFT_OF_PAIR = 4;

const triples = (values: string[]) =>
  values.flatMap((a) => values.flatMap((b) => values.map((c) => `${a} ${b} ${c}`)));

/** Row bases of the small tables, indexed by value, resolved once per set of rows rather than per character. */
interface FixedBases {
  bias: number;
  /** By (class here, class before, class after). */
  classes: Int32Array;
  lex: Int32Array;
  /** By (lexicon class before, here, after). */
  lexWindow: Int32Array;
  sinceClause: Int32Array;
}

const fixedBasesOf = new WeakMap<FeatureRows, FixedBases>();

function fixedBases(rows: FeatureRows): FixedBases {
  let bases = fixedBasesOf.get(rows);
  if (!bases) {
    const resolve = (table: TableName, keys: string[]) => Int32Array.from(keys, (key) => rows.base(table, key));
    bases = {
      bias: rows.base('bias', ''),
      classes: resolve('classes', triples(CHAR_CLASSES)),
      lex: resolve('lex', LEX_CLASSES),
      lexWindow: resolve('lexWindow', triples(LEX_CLASSES)),
      sinceClause: resolve('sinceClause', Array.from({ length: SINCE_CLAUSE_CAP + 1 }, (_, n) => String(n))),
    };
    fixedBasesOf.set(rows, bases);
  }
  return bases;
}

/** A slot of a row, or -1 (no feature) when the row is unknown. */
const slot = (base: number, column: number) => (base < 0 ? -1 : base + column);

/** The rows every character of one word shares. */
interface WordRows {
  /** Index into LEX_CLASSES. */
  lex: number;
  word: number;
  previousWord: number;
  nextWord: number;
  tag: number;
  /** tagPair rows of (word before, this word) and (this word, word after). */
  pairBefore: number;
  pairAfter: number;
  lexTag: number;
}

/** What a word decides by itself, whatever surrounds it. */
interface OwnRows {
  tag: string;
  lex: number;
  word: number;
  tagRow: number;
  lexTag: number;
}

/** Past this many distinct words the cache starts over, so a long-running server's memory stays bounded. */
const WORD_CACHE_LIMIT = 200_000;

/**
 * Row lookups a review repeats from the ones before: words (的, 很, 质量) and tag pairs recur in nearly
 * every review, and looking them up by freshly built strings was most of the cost of building features.
 */
class RowCache {
  private readonly words = new Map<string, OwnRows>();
  private readonly tagPairs = new Map<string, Map<string, number>>();

  constructor(
    private readonly rows: FeatureRows,
    private readonly lex: PreparedLexicons,
  ) {}

  own(word: TaggedWord): OwnRows {
    const cached = this.words.get(word.word);
    if (cached && cached.tag === word.tag) return cached;
    const lexClass = this.lex.classes.get(word.word) ?? UNLISTED;
    const own = {
      tag: word.tag,
      lex: LEX_CLASSES.indexOf(lexClass),
      word: this.rows.base('word', word.word),
      tagRow: this.rows.base('tag', word.tag),
      lexTag: this.rows.base('lexTag', `${lexClass} ${word.tag}`),
    };
    if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
    if (!cached) this.words.set(word.word, own);
    return own;
  }

  tagPair(first: string, second: string): number {
    let after = this.tagPairs.get(first);
    if (!after) this.tagPairs.set(first, (after = new Map()));
    let base = after.get(second);
    if (base === undefined) after.set(second, (base = this.rows.base('tagPair', `${first} ${second}`)));
    return base;
  }
}

const cachesOf = new WeakMap<FeatureRows, WeakMap<PreparedLexicons, RowCache>>();

function rowCache(rows: FeatureRows, lex: PreparedLexicons): RowCache {
  let byLexicons = cachesOf.get(rows);
  if (!byLexicons) cachesOf.set(rows, (byLexicons = new WeakMap()));
  let cache = byLexicons.get(lex);
  if (!cache) byLexicons.set(lex, (cache = new RowCache(rows, lex)));
  return cache;
}

/**
 * The slots of the features that fire at each character of `text`, given its segmentation: each word,
 * character and character pair is looked up once, and its row serves every character that sees it.
 */
export function characterFeatures(text: string, words: TaggedWord[], lex: PreparedLexicons, rows: FeatureRows): FeatureSequence {
  const n = text.length;
  const fixed = fixedBases(rows);
  const cache = rowCache(rows, lex);
  const wordRows = (owns: OwnRows[], at: number): WordRows => {
    const [prev, here, next] = [owns[at - 1], owns[at], owns[at + 1]];
    return {
      lex: here.lex,
      word: here.word,
      previousWord: prev.word,
      nextWord: next.word,
      tag: here.tagRow,
      pairBefore: cache.tagPair(prev.tag, here.tag),
      pairAfter: cache.tagPair(here.tag, next.tag),
      lexTag: here.lexTag,
    };
  };
  // Each word looked up once, between edges, so neighbours are plain index steps.
  const edge = cache.own(EDGE_WORD);
  const owns = [edge, ...words.map((word) => cache.own(word)), edge];
  // Characters are assigned to words by cumulative length, as the tagger was trained.
  const ofChar = new Array<WordRows>(n);
  const placeOf = new Uint8Array(n);
  let i = 0;
  words.forEach((word, index) => {
    const shared = wordRows(owns, index + 1);
    for (let k = 0; k < word.word.length && i < n; k++, i++) {
      ofChar[i] = shared;
      placeOf[i] = placeIn(word.word.length, k);
    }
  });
  // Segmenters may drop or merge whitespace; a character no word covers is a word of its own.
  for (; i < n; i++) {
    ofChar[i] = wordRows([edge, cache.own({ word: text[i], tag: 'x' }), edge], 1);
    placeOf[i] = SINGLE;
  }

  // Characters and pairs over the text padded by two edge characters each side: padded index = i + 2.
  const code = (at: number) => (at >= 0 && at < n ? text.charCodeAt(at) : EDGE_CODE);
  const charRow = new Int32Array(n + 4);
  const pairRow = new Int32Array(n + 3);
  for (let p = 0; p < n + 4; p++) charRow[p] = rows.charBase(code(p - 2));
  for (let p = 0; p < n + 3; p++) pairRow[p] = rows.bigramBase(code(p - 2), code(p - 1));
  const classes = CHAR_CLASSES.length;
  const lexClasses = LEX_CLASSES.length;

  const slots = new Int32Array(n * FEATURES_PER_CHARACTER);
  let sinceClause = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const here = ofChar[i];
    const place = placeOf[i];
    const p = i + 2;
    sinceClause = i === 0 || classAt(text, i - 1) === PUNCT ? 0 : sinceClause + 1;
    slots[k++] = fixed.bias;
    slots[k++] = slot(charRow[p], 0);
    slots[k++] = slot(charRow[p - 1], 1);
    slots[k++] = slot(charRow[p + 1], 2);
    slots[k++] = slot(charRow[p - 2], 3);
    slots[k++] = slot(charRow[p + 2], 4);
    slots[k++] = slot(pairRow[p - 1], 0);
    slots[k++] = slot(pairRow[p], 1);
    slots[k++] = slot(pairRow[p - 2], 2);
    slots[k++] = slot(pairRow[p + 1], 3);
    slots[k++] = fixed.classes[(classAt(text, i) * classes + classAt(text, i - 1)) * classes + classAt(text, i + 1)];
    slots[k++] = slot(here.word, AS_WORD + place);
    slots[k++] = slot(here.previousWord, AS_PREVIOUS + place);
    slots[k++] = slot(here.nextWord, AS_NEXT + place);
    slots[k++] = slot(here.tag, place);
    slots[k++] = slot(here.pairBefore, place);
    slots[k++] = slot(here.pairAfter, AS_LEFT_OF_PAIR + place);
    slots[k++] = slot(fixed.lex[here.lex], place);
    slots[k++] = fixed.lexWindow[((i > 0 ? ofChar[i - 1].lex : LEX_EDGE) * lexClasses + here.lex) * lexClasses + (i + 1 < n ? ofChar[i + 1].lex : LEX_EDGE)];
    slots[k++] = here.lexTag;
    slots[k++] = slot(fixed.sinceClause[Math.min(sinceClause, SINCE_CLAUSE_CAP)], place);
  }
  return { slots, width: FEATURES_PER_CHARACTER, length: n };
}
