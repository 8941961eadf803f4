import type { TaggedWord } from '../../text/segment.js';
import type { FeatureRows } from './feature-rows.js';
import type { FeatureSequence } from './perceptron.js';
import { WordCache } from '../../text/word-cache.js';

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

/** What the lexicons say of one word, looked up once per distinct word (see WordCache). */
export interface WordFacts {
  /** Learned log-odds of a positive review; undefined when not learned. */
  polarity: number | undefined;
  negator: boolean;
  degree: boolean;
  aspect: boolean;
  /** The tagger's lexicon feature (neg, deg, asp, pos, bad or none). */
  lexClass: string;
}

export interface PreparedLexicons {
  polarity: Map<string, number>;
  aspects: Set<string>;
  negators: Set<string>;
  degrees: Set<string>;
  /** The facts of a segmented word, for what reads words many times per review. */
  factsOf(word: TaggedWord): WordFacts;
}

export function prepareLexicons(l: Lexicons): PreparedLexicons {
  const lex = {
    polarity: new Map(Object.entries(l.polarity)),
    aspects: new Set(l.aspects),
    negators: new Set(l.negators),
    degrees: new Set(l.degrees),
  };
  const facts = new WordCache<WordFacts>(({ word }) => ({
    polarity: lex.polarity.get(word),
    negator: lex.negators.has(word),
    degree: lex.degrees.has(word),
    aspect: lex.aspects.has(word),
    lexClass: lexiconClass(word, lex),
  }));
  return { ...lex, factsOf: (word) => facts.of(word) };
}

/** The lexicon feature of a word no list holds, nor any clear polarity. */
const UNLISTED = '-';

function lexiconClass(word: string, lex: Omit<PreparedLexicons, 'factsOf'>): string {
  if (lex.negators.has(word)) return 'neg';
  if (lex.degrees.has(word)) return 'deg';
  if (lex.aspects.has(word)) return 'asp';
  const odds = lex.polarity.get(word) ?? 0;
  if (odds > POLARITY_CUTOFF) return 'pos';
  if (odds < -POLARITY_CUTOFF) return 'bad';
  return UNLISTED;
}

/**
 * Features at each character (the writes in characterFeatures). The tagger once had 21: also characters
 * two away and their pairs, the neighbouring words, pairs of tags, character classes, windows of lexicon
 * classes and the place in the clause. Retrained without them, pair F1 on the held-out fold moved by
 * under a point, and they made tagging twice as slow. The tag features stay although the fold does not
 * need them: they carry over to goods the fold never saw ("把手太短了" is missed without them).
 */
const FEATURES_PER_CHARACTER = 10;
/** What stands beyond either end of the text. */
export const EDGE_CODE = '#'.charCodeAt(0);
/** Where a character sits inside its word: single, begin, middle, end. */
const [SINGLE, BEGIN, MIDDLE, END] = [0, 1, 2, 3];
export const placeIn = (length: number, k: number) => (length === 1 ? SINGLE : k === 0 ? BEGIN : k === length - 1 ? END : MIDDLE);

/** The code unit at `at`, or the edge beyond either end. */
const codeAt = (text: string, at: number) => (at >= 0 && at < text.length ? text.charCodeAt(at) : EDGE_CODE);

/** A slot of a row, or -1 (no feature) when the row is unknown. */
const slot = (base: number, column: number) => (base < 0 ? -1 : base + column);

/** The rows a word's own features come from. */
export interface OwnRows {
  word: number;
  lex: number;
  tagRow: number;
  lexTag: number;
}

/** The rows of a word's own features: its word, lexicon class, tag, and class with tag. */
export function ownRowsOf(tagged: TaggedWord, rows: FeatureRows, lex: PreparedLexicons): OwnRows {
  const { word, tag } = tagged;
  const lexClass = lex.factsOf(tagged).lexClass;
  return {
    word: rows.base('word', word),
    lex: rows.base('lex', lexClass),
    tagRow: rows.base('tag', tag),
    lexTag: rows.base('lexTag', `${lexClass} ${tag}`),
  };
}

/**
 * The slots of the features that fire at each character of `text`, given its segmentation: each word,
 * character and character pair is looked up once, and its row serves every character that sees it.
 */
export function characterFeatures(text: string, words: readonly TaggedWord[], lex: PreparedLexicons, rows: FeatureRows): FeatureSequence {
  const n = text.length;
  const bias = rows.base('bias', '');
  const slots = new Int32Array(n * FEATURES_PER_CHARACTER);
  // Word features first, at each character by cumulative length, as the tagger was trained; a character
  // no word covers (segmenters may drop whitespace) has none.
  let i = 0;
  for (const tagged of words) {
    const own = ownRowsOf(tagged, rows, lex);
    const length = tagged.word.length;
    for (let k = 0; k < length && i < n; k++, i++) {
      const place = placeIn(length, k);
      const at = i * FEATURES_PER_CHARACTER;
      slots[at + 6] = slot(own.word, place);
      slots[at + 7] = slot(own.lex, place);
      slots[at + 8] = slot(own.tagRow, place);
      slots[at + 9] = own.lexTag;
    }
  }
  for (; i < n; i++) slots.fill(-1, i * FEATURES_PER_CHARACTER + 6, (i + 1) * FEATURES_PER_CHARACTER);

  // Characters and pairs over the text padded by an edge character each side: padded index = i + 1.
  let before = rows.charBase(EDGE_CODE);
  let here = rows.charBase(codeAt(text, 0));
  let pairBefore = rows.bigramBase(EDGE_CODE, codeAt(text, 0));
  for (let i = 0, k = 0; i < n; i++, k += FEATURES_PER_CHARACTER) {
    const after = rows.charBase(codeAt(text, i + 1));
    const pairAfter = rows.bigramBase(codeAt(text, i), codeAt(text, i + 1));
    slots[k] = bias;
    slots[k + 1] = slot(here, 0);
    slots[k + 2] = slot(before, 1);
    slots[k + 3] = slot(after, 2);
    slots[k + 4] = slot(pairBefore, 0);
    slots[k + 5] = slot(pairAfter, 1);
    before = here;
    here = after;
    pairBefore = pairAfter;
  }
  return { slots, width: FEATURES_PER_CHARACTER, length: n };
}
