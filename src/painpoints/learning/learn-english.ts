import { englishWords } from '../tagger/english.js';
import type { SegmentedReview } from './learn-lexicons.js';

/** Words that mark the next word as a thing: "the battery", "this screen", "my kids". */
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'my', 'your', 'their', 'these', 'those', 'our']);
/** A word must follow a determiner at least this share of the times it appears to count as an aspect. */
const MIN_DETERMINER_SHARE = 0.3;
/** …and in at least this many reviews, or it is too rare to rank as a pain point anyway. */
const MIN_ASPECT_REVIEWS = 8;
/** Strongly polar words after "the" (the best, the worst) are opinions, not aspects. */
const MAX_ASPECT_POLARITY = 1;
const MIN_ASPECT_LENGTH = 3;
/** Closed-class words that follow "the" without naming a thing (the best, the only, the first). */
const NOT_THINGS = new Set(['best', 'only', 'new', 'first', 'second', 'third', 'last', 'next', 'whole', 'own', 'same', 'other', 'most', 'fact', 'way']);

/** An English review as the Chinese lexicon learners expect it: one clause, words tagged 'eng'. */
export function segmentedEnglish(text: string, positive?: boolean): SegmentedReview {
  return { clauses: [englishWords(text)], positive };
}

/** Words buyers write as things (after determiners), ranked by how many reviews mention them. */
export function learnEnglishAspects(texts: string[], polarity: Record<string, number>): string[] {
  const reviews = new Map<string, number>();
  const afterDeterminer = new Map<string, number>();
  const total = new Map<string, number>();
  for (const text of texts) {
    const words = englishWords(text).map((w) => w.word);
    words.forEach((word, i) => {
      total.set(word, (total.get(word) ?? 0) + 1);
      if (DETERMINERS.has(words[i - 1] ?? '')) afterDeterminer.set(word, (afterDeterminer.get(word) ?? 0) + 1);
    });
    for (const word of new Set(words)) reviews.set(word, (reviews.get(word) ?? 0) + 1);
  }
  return [...afterDeterminer]
    .filter(
      ([word, n]) =>
        word.length >= MIN_ASPECT_LENGTH &&
        !DETERMINERS.has(word) &&
        !NOT_THINGS.has(word) &&
        n / total.get(word)! >= MIN_DETERMINER_SHARE &&
        (reviews.get(word) ?? 0) >= MIN_ASPECT_REVIEWS &&
        Math.abs(polarity[word] ?? 0) < MAX_ASPECT_POLARITY,
    )
    .sort((a, b) => (reviews.get(b[0]) ?? 0) - (reviews.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))
    .map(([word]) => word);
}
