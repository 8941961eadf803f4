import { describe, expect, it } from 'vitest';
import { chineseFeatures, type FeatureBag } from './features.js';
import type { TaggedWord } from './segment.js';
import { reviewFeatures } from './review-features.js';
import { chineseReviews, englishReviews } from '../ingest/corpora.js';
import { spreadSample } from './testing.js';

/** Features of clause i of a review, as the review's bag holds them. */
function clauseSlice(bag: FeatureBag, i: number): number[] {
  return bag.features.slice(bag.clauseEnds[i - 1] ?? 0, bag.clauseEnds[i]);
}

describe('review features', () => {
  it('give each clause the same features inside the review as alone, so clause scores are review scores', () => {
    for (const reviews of [spreadSample(chineseReviews(), 300), spreadSample(englishReviews(), 100)]) {
      let clauses = 0;
      for (const { text } of reviews) {
        const whole = reviewFeatures(text);
        expect(whole.bag.clauseEnds).toHaveLength(whole.spans.length);
        whole.spans.forEach((span, i) => {
          const alone = reviewFeatures(whole.normalized.slice(span.start, span.end));
          if (alone.language !== whole.language || alone.spans.length !== 1) return; // a clause can read as the other script
          expect(clauseSlice(whole.bag, i)).toEqual(alone.bag.features);
          clauses++;
        });
      }
      expect(clauses).toBeGreaterThan(reviews.length);
    }
  });

  it('mark negated words with their own features', () => {
    const plain = new Set(reviewFeatures('质量好').bag.features);
    const negated = reviewFeatures('质量不好').bag.features.filter((f) => !plain.has(f));
    // 不, its word bigrams and characters, and the negated 好: more than the 不 alone adds
    expect(negated.length).toBeGreaterThan(5);
    expect(reviewFeatures('质量好').bag.features).toEqual(reviewFeatures('質量好').bag.features);
  });

  it('start each review afresh, even after one failed half-way', () => {
    const before = reviewFeatures('质量很好，物流很快').bag.features;
    const broken = [{ word: '质量', tag: 'n', id: -1, start: 0, end: 2 }, null] as unknown as TaggedWord[];
    expect(() => chineseFeatures('质量很好', broken, [{ start: 0, end: 4 }])).toThrow();
    expect(reviewFeatures('质量很好，物流很快').bag.features).toEqual(before);
  });
});
