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

function charClass(c: string | undefined): string {
  if (c === undefined) return 'edge';
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

/** The feature strings that fire at each character of `text`, given its segmentation. */
export function characterFeatures(text: string, words: TaggedWord[], lex: PreparedLexicons): FeatureSequence {
  const chars = Array.from(text.length === 0 ? '' : text.split(''));
  const at = wordsByChar(text, words, lex);
  const c = (i: number) => chars[i] ?? '#';
  const w = (i: number) => words[i] ?? { word: '#', tag: '#' };
  let sinceClause = 0;
  return chars.map((ch, i) => {
    const here = at[i];
    const prevWord = w(here.index - 1);
    const nextWord = w(here.index + 1);
    const prevLex = at[i - 1]?.lex ?? 'edge';
    const nextLex = at[i + 1]?.lex ?? 'edge';
    sinceClause = charClass(chars[i - 1]) === 'punct' || i === 0 ? 0 : sinceClause + 1;
    return [
      'bias',
      `c=${ch}`,
      `c-1=${c(i - 1)}`,
      `c+1=${c(i + 1)}`,
      `c-2=${c(i - 2)}`,
      `c+2=${c(i + 2)}`,
      `cc-1=${c(i - 1)}${ch}`,
      `cc+1=${ch}${c(i + 1)}`,
      `cc-2=${c(i - 2)}${c(i - 1)}`,
      `cc+2=${c(i + 1)}${c(i + 2)}`,
      `k=${charClass(ch)}|${charClass(chars[i - 1])}|${charClass(chars[i + 1])}`,
      `w=${here.word}|${here.place}`,
      `t=${here.tag}|${here.place}`,
      `t-1=${prevWord.tag}|${here.tag}|${here.place}`,
      `t+1=${here.tag}|${nextWord.tag}|${here.place}`,
      `w-1=${prevWord.word}|${here.place}`,
      `w+1=${nextWord.word}|${here.place}`,
      `l=${here.lex}|${here.place}`,
      `l3=${prevLex}|${here.lex}|${nextLex}`,
      `lt=${here.lex}|${here.tag}`,
      `sc=${Math.min(sinceClause, 3)}|${here.place}`,
    ];
  });
}
