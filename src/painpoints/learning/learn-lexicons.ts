import type { TaggedWord } from '../../text/segment.js';
import { negatedForm } from '../tagger/phrase-polarity.js';
import type { ContextCounts } from './aspect-groups.js';

/** A review as the lexicon learners see it: its clauses, segmented, and its review-level label if any. */
export interface SegmentedReview {
  clauses: TaggedWord[][];
  positive?: boolean;
}

/** Words in fewer reviews than this have log-odds too noisy to trust. */
const MIN_POLARITY_REVIEWS = 8;
/** Words whose odds are this close to even (about 1.6:1) say nothing about polarity and are dropped. */
const MIN_POLARITY_LOG_ODDS = 0.5;
/** Add-one style smoothing on both sides of the odds ratio. */
const ODDS_SMOOTHING = 1;

const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w);

function wordsWithNegation(clause: TaggedWord[], negators: Set<string>): string[] {
  return clause.map(({ word }, i) => (i > 0 && negators.has(clause[i - 1].word) ? negatedForm(word) : word));
}

/**
 * word → smoothed log-odds of the word appearing in a positive vs. a negative review, corrected for the
 * class balance; from review-level labels (online_shopping_10_cats), no hand list. Negated words are
 * counted in their negated form as well.
 */
export function learnPolarity(reviews: SegmentedReview[], negators: Set<string>): Record<string, number> {
  const counts = new Map<string, [number, number]>();
  let [positives, negatives] = [0, 0];
  for (const review of reviews) {
    if (review.positive === undefined) continue;
    review.positive ? positives++ : negatives++;
    const words = new Set(review.clauses.flatMap((c) => wordsWithNegation(c, negators)).filter(isWord));
    for (const word of words) {
      const c = counts.get(word) ?? [0, 0];
      c[review.positive ? 0 : 1]++;
      counts.set(word, c);
    }
  }
  const prior = Math.log((positives + ODDS_SMOOTHING) / (negatives + ODDS_SMOOTHING));
  const polarity: Record<string, number> = {};
  for (const [word, [pos, neg]] of counts) {
    if (pos + neg < MIN_POLARITY_REVIEWS) continue;
    const logOdds = Math.log((pos + ODDS_SMOOTHING) / (neg + ODDS_SMOOTHING)) - prior;
    if (Math.abs(logOdds) >= MIN_POLARITY_LOG_ODDS) polarity[word] = Number(logOdds.toFixed(2));
  }
  return polarity;
}

/** jieba tags of nouns buyers can have an opinion about (not people's or place names). */
const ASPECT_TAGS = new Set(['n', 'nz', 'vn', 'ng']);
/** Adjectives and adjective-like words that carry an opinion even when polarity is unknown (大, 软). */
const OPINION_TAGS = new Set(['a', 'ad', 'an', 'ag']);
/** Log-odds beyond which a word counts as an opinion word in the aspect context. */
const OPINION_LOG_ODDS = 1;

export interface AspectContextOptions {
  polarity: Record<string, number>;
  negators: Set<string>;
  /** Known aspect terms (e.g. gold terms from the train fold) counted even when jieba splits or mis-tags them. */
  knownAspects?: Set<string>;
}

/**
 * For every candidate aspect, how often each opinion word shares a clause with it. A negated opinion
 * (不 + 结实) is its own context word, so 结实 and 不结实 do not look alike.
 */
export function countAspectContexts(reviews: SegmentedReview[], options: AspectContextOptions): ContextCounts {
  const contexts: ContextCounts = new Map();
  for (const review of reviews) {
    for (const clause of review.clauses) {
      const opinions: string[] = [];
      clause.forEach(({ word, tag }, i) => {
        const isOpinion = OPINION_TAGS.has(tag) || Math.abs(options.polarity[word] ?? 0) >= OPINION_LOG_ODDS;
        if (!isOpinion || ASPECT_TAGS.has(tag)) return;
        opinions.push(options.negators.has(clause[i - 1]?.word ?? '') ? negatedForm(word) : word);
      });
      if (opinions.length === 0) continue;
      const clauseText = clause.map((w) => w.word).join('');
      const aspects = new Set(
        clause.filter((w) => ASPECT_TAGS.has(w.tag) && w.word.length > 1 && isWord(w.word)).map((w) => w.word),
      );
      for (const known of options.knownAspects ?? []) if (clauseText.includes(known)) aspects.add(known);
      for (const aspect of aspects) {
        const counts = contexts.get(aspect) ?? new Map<string, number>();
        for (const o of opinions) counts.set(o, (counts.get(o) ?? 0) + 1);
        contexts.set(aspect, counts);
      }
    }
  }
  return contexts;
}

/** The `limit` aspects with the most opinion contexts, dropping those with fewer than `minMentions`. */
export function frequentAspects(contexts: ContextCounts, minMentions: number, limit: number): ContextCounts {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const ranked = [...contexts].filter(([, m]) => total(m) >= minMentions).sort((a, b) => total(b[1]) - total(a[1]));
  return new Map(ranked.slice(0, limit));
}
