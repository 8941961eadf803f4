import type { TaggedWord } from '../../text/segment.js';
import type { PreparedLexicons } from './features.js';

/** Marks a word right after a negator, so "不紧" gets its own polarity instead of the opposite of "紧". */
export const negatedForm = (word: string) => `不${word}`;

/**
 * A negated word with no learned polarity of its own ("不能调", "不出水") is a complaint far more often
 * than praise in product reviews; this is the log-odds it is given.
 */
const NEGATED_UNKNOWN = -1;

/**
 * Log-odds that an opinion phrase is positive, from the learned word polarities: a negator flips what
 * follows unless the negated form has a learned polarity of its own (不错 is praise, 不紧 a complaint).
 * Reads words[from, to), so a span's words need no array of their own.
 */
export function phrasePolarity(words: readonly TaggedWord[], lex: PreparedLexicons, from = 0, to = words.length): number {
  let score = 0;
  let negated = false;
  for (let i = from; i < to; i++) {
    const word = words[i];
    const facts = lex.factsOf(word);
    if (facts.negator) {
      negated = !negated;
      continue;
    }
    // Degree words amplify but carry no direction; their learned odds only echo which reviews are wordier.
    if (facts.degree) continue;
    const own = facts.polarity;
    if (!negated) {
      score += own ?? 0;
      continue;
    }
    const learned = lex.polarity.get(negatedForm(word.word));
    score += learned ?? (own !== undefined && Math.abs(own) > Math.abs(NEGATED_UNKNOWN) ? -own : NEGATED_UNKNOWN);
    negated = false;
  }
  return negated ? score + NEGATED_UNKNOWN : score;
}
