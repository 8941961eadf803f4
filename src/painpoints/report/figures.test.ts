import { describe, expect, it } from 'vitest';
import { complaintCounts, painPointFigures, shareInterval, starsLost, trendOf, type RatingSums } from './figures.js';
import type { ReviewMentions } from './review-mentions.js';

const sums = (ratings: number[]): RatingSums => ({
  n: ratings.length, sum: ratings.reduce((a, b) => a + b, 0), sumSquares: ratings.reduce((a, b) => a + b * b, 0),
});

describe('the figures on a pain-point card', () => {
  it('gives the share of my reviews with its exact 95% range (Clopper–Pearson)', () => {
    const s = shareInterval(10, 100);
    expect(s.value).toBeCloseTo(0.1);
    // Tabled exact interval for 10/100.
    expect(s.low).toBeCloseTo(0.049, 3);
    expect(s.high).toBeCloseTo(0.1762, 3);
    // None of 20: could still be up to 1 − 0.025^(1/20).
    expect(shareInterval(0, 20).high).toBeCloseTo(1 - 0.025 ** (1 / 20), 4);
  });

  it('counts stars lost as the others’ mean rating minus the complainers’, with a Welch range', () => {
    const lost = starsLost(sums([1, 2, 1, 2, 1]), sums([5, 4, 5, 5, 4]))!;
    expect(lost.value).toBeCloseTo(3.2);
    expect(lost.high - lost.value).toBeCloseTo(1.96 * Math.sqrt(0.3 / 5 + 0.3 / 5), 2);
    expect(starsLost(sums([1, 2]), sums([5, 4, 5, 5, 4]))).toBeNull();
  });

  it('calls a trend rising or falling only beyond chance, and says when windows are too small', () => {
    expect(trendOf({ reviews: 100, affected: 30 }, { reviews: 100, affected: 10 }).direction).toBe('rising');
    expect(trendOf({ reviews: 100, affected: 10 }, { reviews: 100, affected: 30 }).direction).toBe('falling');
    expect(trendOf({ reviews: 100, affected: 12 }, { reviews: 100, affected: 10 }).direction).toBe('steady');
    expect(trendOf({ reviews: 10, affected: 5 }, { reviews: 100, affected: 10 }).direction).toBe('tooFew');
  });

  it('counts from reviews what an aggregate would, in windows ending on the last day with reviews, and says when there are too few to act on', () => {
    const now = new Date('2026-06-30T00:00:00Z');
    const review = (id: string, daysAgo: number, rating: number, complains: boolean): ReviewMentions => ({
      reviewId: id, text: '', productId: 'P', productName: null, category: null, brand: null, platform: '淘宝', owner: 'own', rating,
      reviewedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
      opinions: complains ? [{ aspect: '轮子', aspectGroup: '轮子||小', opinion: '太小', polarity: 'negative', clause: '轮子太小' }] : [],
    });
    const reviews = [review('a', 1, 1, true), review('b', 2, 2, true), review('c', 40, 5, false), review('d', 45, 4, true), review('e', 90, 5, false)];
    const counts = complaintCounts(reviews, '轮子||小');
    expect(counts).toMatchObject({
      reviews: 5, affected: 3, recent: { reviews: 2, affected: 2 }, previous: { reviews: 2, affected: 1 },
      affectedRatings: { n: 3, sum: 7 }, otherRatings: { n: 2, sum: 10 },
    });
    const figures = painPointFigures(counts);
    expect(figures.enough).toBe(false);
    expect(figures.starsLost).toBeNull();
    expect(figures.trend.direction).toBe('tooFew');
    expect(figures.share.value).toBeCloseTo(0.6);
  });
});
