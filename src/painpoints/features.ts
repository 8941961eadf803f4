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
}

export const prepareLexicons = (l: Lexicons): PreparedLexicons => ({
  polarity: new Map(Object.entries(l.polarity)),
  aspects: new Set(l.aspects),
  negators: new Set(l.negators),
  degrees: new Set(l.degrees),
});

function charClass(c: string): string {
  if (PUNCTUATION.test(c)) return 'punct';
  if (/[0-9]/.test(c)) return 'digit';
  if (/[a-z]/i.test(c)) return 'latin';
  return 'han';
}

function lexiconClass(word: string, lex: PreparedLexicons): string {
  if (lex.negators.has(word)) return 'neg';
  if (lex.degrees.has(word)) return 'deg';
  if (lex.aspects.has(word)) return 'asp';
  const odds = lex.polarity.get(word) ?? 0;
  if (odds > POLARITY_CUTOFF) return 'pos';
  if (odds < -POLARITY_CUTOFF) return 'bad';
  return '-';
}

interface WordAt {
  word: string;
  tag: string;
  lex: string;
  /** B/M/E/S: where the character sits inside its word. */
  place: string;
  index: number;
}

function wordsByChar(text: string, words: TaggedWord[], lex: PreparedLexicons): WordAt[] {
  const byChar: WordAt[] = [];
  words.forEach(({ word, tag }, index) => {
    const cls = lexiconClass(word, lex);
    for (let k = 0; k < word.length; k++) {
      const place = word.length === 1 ? 'S' : k === 0 ? 'B' : k === word.length - 1 ? 'E' : 'M';
      byChar.push({ word, tag, lex: cls, place, index });
    }
  });
  // Segmenters may drop or merge whitespace; pad so every character has a word.
  while (byChar.length < text.length) byChar.push({ word: text[byChar.length], tag: 'x', lex: '-', place: 'S', index: -1 });
  return byChar;
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
const CLAUSE_POSITIONS = ['0', '1', '2', '3'];
/** How many feature templates fire at every character (the writes in characterFeatures). */
const FEATURES_PER_CHARACTER = 21;

/** The ids of the features that fire at each character of `text`, given its segmentation. */
export function characterFeatures(text: string, words: TaggedWord[], lex: PreparedLexicons): FeatureSequence {
  const chars = text.split('');
  const classes = chars.map(charClass);
  const cls = (i: number) => classes[i] ?? 'edge';
  const at = wordsByChar(text, words, lex);
  const c = (i: number) => chars[i] ?? '#';
  const w = (i: number) => words[i] ?? { word: '#', tag: '#' };
  const ids = new Int32Array(chars.length * FEATURES_PER_CHARACTER);
  let sinceClause = 0;
  chars.forEach((ch, i) => {
    const here = at[i];
    const prevWord = w(here.index - 1);
    const nextWord = w(here.index + 1);
    const prevLex = at[i - 1]?.lex ?? 'edge';
    const nextLex = at[i + 1]?.lex ?? 'edge';
    sinceClause = cls(i - 1) === 'punct' || i === 0 ? 0 : sinceClause + 1;
    let k = i * FEATURES_PER_CHARACTER;
    ids[k++] = BIAS;
    ids[k++] = feature(T.c, ch);
    ids[k++] = feature(T.c1, c(i - 1));
    ids[k++] = feature(T.c1n, c(i + 1));
    ids[k++] = feature(T.c2, c(i - 2));
    ids[k++] = feature(T.c2n, c(i + 2));
    ids[k++] = feature(T.cc1, c(i - 1), ch);
    ids[k++] = feature(T.cc1n, ch, c(i + 1));
    ids[k++] = feature(T.cc2, c(i - 2), c(i - 1));
    ids[k++] = feature(T.cc2n, c(i + 1), c(i + 2));
    ids[k++] = feature(T.k, classes[i], cls(i - 1), cls(i + 1));
    ids[k++] = feature(T.w, here.word, here.place);
    ids[k++] = feature(T.t, here.tag, here.place);
    ids[k++] = feature(T.t1, prevWord.tag, here.tag, here.place);
    ids[k++] = feature(T.t1n, here.tag, nextWord.tag, here.place);
    ids[k++] = feature(T.w1, prevWord.word, here.place);
    ids[k++] = feature(T.w1n, nextWord.word, here.place);
    ids[k++] = feature(T.l, here.lex, here.place);
    ids[k++] = feature(T.l3, prevLex, here.lex, nextLex);
    ids[k++] = feature(T.lt, here.lex, here.tag);
    ids[k++] = feature(T.sc, CLAUSE_POSITIONS[Math.min(sinceClause, 3)], here.place);
  });
  return { ids, width: FEATURES_PER_CHARACTER, length: chars.length };
}
