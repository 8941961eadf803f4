import type { TaggedWord } from '../text/segment.js';
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

/**
 * Features are hashed to 30-bit ids as they are built (FNV-1a over their text) instead of being built as
 * strings: tagging spends most of its time looking features up, and small-integer map keys need neither
 * allocation nor string hashing. 30 bits keep ids V8 small integers; ~36k features collide about never.
 */
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
const ID_MASK = 0x3fffffff;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hashes one more value into a feature, after a separator so ('ab','c') and ('a','bc') differ. */
const add = (h: number, value: string) => mix(Math.imul(h ^ 0x7c, FNV_PRIME), value);

/** A feature id from its template and one to three values, e.g. feature(T.cc1, '拉', '杆'). */
function feature(template: number, a: string, b?: string, c?: string): number {
  let h = add(template, a);
  if (b !== undefined) h = add(h, b);
  if (c !== undefined) h = add(h, c);
  return h & ID_MASK;
}

const template = (name: string) => mix(FNV_OFFSET, name);
const T = {
  bias: template('bias'), c: template('c'), c1: template('c-1'), c1n: template('c+1'), c2: template('c-2'), c2n: template('c+2'),
  cc1: template('cc-1'), cc1n: template('cc+1'), cc2: template('cc-2'), cc2n: template('cc+2'), k: template('k'),
  w: template('w'), t: template('t'), t1: template('t-1'), t1n: template('t+1'), w1: template('w-1'), w1n: template('w+1'),
  l: template('l'), l3: template('l3'), lt: template('lt'), sc: template('sc'),
};
const BIAS = T.bias & ID_MASK;
/** A three-value feature for every combination of `values`, hashed once rather than per character. */
const windows = (template: number, values: string[]) => {
  const count = values.length;
  return Int32Array.from({ length: count ** 3 }, (_, index) =>
    feature(template, values[Math.floor(index / count ** 2)], values[Math.floor(index / count) % count], values[index % count]),
  );
};
/** The k feature, indexed by (class, class before, class after). */
const CLASS_WINDOWS = windows(T.k, CHAR_CLASSES);
/** What lexiconClass can say, plus what lies beyond the text. */
const LEX_CLASSES = ['neg', 'deg', 'asp', 'pos', 'bad', UNLISTED, 'edge'];
const LEX_EDGE = LEX_CLASSES.indexOf('edge');
/** The l3 feature, indexed by (lexicon class before, here, after). */
const LEX_WINDOWS = windows(T.l3, LEX_CLASSES);
/** The sc feature hashed up to the character's position in its clause (0, 1, 2, 3 or more). */
const SINCE_CLAUSE = ['0', '1', '2', '3'].map((position) => add(T.sc, position));
/** How many feature templates fire at every character (the writes in characterFeatures). */
const FEATURES_PER_CHARACTER = 21;
/** What stands beyond either end of the text, or of the word list. */
const EDGE = '#';
const EDGE_CODE = EDGE.charCodeAt(0);
const EDGE_WORD: TaggedWord = { word: EDGE, tag: EDGE };
/** Where a character sits inside its word: single, begin, middle, end. */
const [SINGLE, BEGIN, MIDDLE, END] = ['S', 'B', 'M', 'E'].map((place) => place.charCodeAt(0));
const placeIn = (length: number, k: number) => (length === 1 ? SINGLE : k === 0 ? BEGIN : k === length - 1 ? END : MIDDLE);

/** `add` for a value of one UTF-16 code unit, without making it a string. */
const addCode = (h: number, code: number) => Math.imul(Math.imul(h ^ 0x7c, FNV_PRIME) ^ code, FNV_PRIME);

/**
 * The word-level features of one word, hashed up to the character's place in it: every character of
 * the word shares them, so each word is hashed once rather than once per character.
 */
interface WordFeatures {
  /** Index into LEX_CLASSES. */
  lex: number;
  /** w, t, t-1, t+1, w-1, w+1, l: each still to be finished with the character's place. */
  prefixes: number[];
  lt: number;
}

function wordFeatures(here: TaggedWord, prev: TaggedWord, next: TaggedWord, lex: string): WordFeatures {
  return {
    lex: LEX_CLASSES.indexOf(lex),
    prefixes: [
      add(T.w, here.word),
      add(T.t, here.tag),
      add(add(T.t1, prev.tag), here.tag),
      add(add(T.t1n, here.tag), next.tag),
      add(T.w1, prev.word),
      add(T.w1n, next.word),
      add(T.l, lex),
    ],
    lt: feature(T.lt, lex, here.tag),
  };
}

/** The ids of the features that fire at each character of `text`, given its segmentation. */
export function characterFeatures(text: string, words: TaggedWord[], lex: PreparedLexicons): FeatureSequence {
  const n = text.length;
  // Characters are assigned to words by cumulative length, as the tagger was trained.
  const ofChar = new Array<WordFeatures>(n);
  const placeOf = new Uint16Array(n);
  let i = 0;
  words.forEach((word, index) => {
    const features = wordFeatures(word, words[index - 1] ?? EDGE_WORD, words[index + 1] ?? EDGE_WORD, lex.classes.get(word.word) ?? UNLISTED);
    for (let k = 0; k < word.word.length && i < n; k++, i++) {
      ofChar[i] = features;
      placeOf[i] = placeIn(word.word.length, k);
    }
  });
  // Segmenters may drop or merge whitespace; a character no word covers is a word of its own.
  for (; i < n; i++) {
    ofChar[i] = wordFeatures({ word: text[i], tag: 'x' }, EDGE_WORD, words[0] ?? EDGE_WORD, UNLISTED);
    placeOf[i] = SINGLE;
  }

  const code = (at: number) => (at >= 0 && at < n ? text.charCodeAt(at) : EDGE_CODE);
  const ids = new Int32Array(n * FEATURES_PER_CHARACTER);
  let sinceClause = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const before2 = code(i - 2);
    const before = code(i - 1);
    const ch = code(i);
    const after = code(i + 1);
    const after2 = code(i + 2);
    const { lex: lexHere, prefixes, lt } = ofChar[i];
    const place = placeOf[i];
    sinceClause = i === 0 || classAt(text, i - 1) === PUNCT ? 0 : sinceClause + 1;
    ids[k++] = BIAS;
    ids[k++] = addCode(T.c, ch) & ID_MASK;
    ids[k++] = addCode(T.c1, before) & ID_MASK;
    ids[k++] = addCode(T.c1n, after) & ID_MASK;
    ids[k++] = addCode(T.c2, before2) & ID_MASK;
    ids[k++] = addCode(T.c2n, after2) & ID_MASK;
    ids[k++] = addCode(addCode(T.cc1, before), ch) & ID_MASK;
    ids[k++] = addCode(addCode(T.cc1n, ch), after) & ID_MASK;
    ids[k++] = addCode(addCode(T.cc2, before2), before) & ID_MASK;
    ids[k++] = addCode(addCode(T.cc2n, after), after2) & ID_MASK;
    ids[k++] = CLASS_WINDOWS[(classAt(text, i) * CHAR_CLASSES.length + classAt(text, i - 1)) * CHAR_CLASSES.length + classAt(text, i + 1)];
    for (const prefix of prefixes) ids[k++] = addCode(prefix, place) & ID_MASK;
    ids[k++] = LEX_WINDOWS[((i > 0 ? ofChar[i - 1].lex : LEX_EDGE) * LEX_CLASSES.length + lexHere) * LEX_CLASSES.length + (i + 1 < n ? ofChar[i + 1].lex : LEX_EDGE)];
    ids[k++] = lt;
    ids[k++] = addCode(SINCE_CLAUSE[Math.min(sinceClause, 3)], place) & ID_MASK;
  }
  return { ids, width: FEATURES_PER_CHARACTER, length: n };
}
