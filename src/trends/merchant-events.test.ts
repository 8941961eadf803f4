import { describe, expect, it } from 'vitest';
import { realChineseReviews } from '../ingest/testing.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';
import { feedKeywordVolume, feedPost, feedReview, postWeight } from './merchant-events.js';
import { TrendRadar } from './radar.js';
import { trendTerms } from './trend-terms.js';

describe('trend terms', () => {
  it('keeps product words once per review and drops particles, punctuation and stop words', () => {
    const terms = trendTerms('收纳箱的盖子太薄了，盖子一压就裂，还有异味！！');
    expect(terms).toEqual(expect.arrayContaining(['收纳箱', '盖子', '异味']));
    expect(terms.filter((t) => t === '盖子')).toHaveLength(1);
    expect(terms).not.toContain('的');
    expect(terms).not.toContain('还有');
    expect(terms.some((t) => /[，！]/.test(t))).toBe(false);
  });

  it('reads English reviews too', () => {
    const terms = trendTerms('This Kindle is light and easy to use, especially at the beach!!! Battery lasts 2 weeks.');
    expect(terms).toEqual(expect.arrayContaining(['kindle', 'light', 'beach', 'battery']));
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('2');
  });

  it('finds words in real reviews', () => {
    const reviews = realChineseReviews(50);
    const perReview = reviews.map((r) => trendTerms(r.text).length);
    expect(perReview.filter((n) => n > 0).length).toBeGreaterThan(45);
  });
});

describe('merchant rows as radar events', () => {
  it('weights a post by the log of its engagement', () => {
    expect(postWeight({ likes: 0, comments: 0, shares: 0 })).toBe(1);
    expect(postWeight({ likes: 9, comments: 0, shares: 0 })).toBeCloseTo(2, 10);
    expect(postWeight({ likes: 92, comments: 2, shares: 1 })).toBeCloseTo(3, 10);
  });

  it('turns a review into word, aspect, pain-point, product, category and platform series with evidence', () => {
    const radar = new TrendRadar();
    const review: ReviewMentions = {
      reviewId: 'R1', text: '盖子太薄，一压就裂', productId: 'P1', productName: '加厚收纳箱', category: '收纳箱', brand: null,
      platform: '淘宝', owner: 'own', rating: 2, reviewedAt: '2026-11-01T08:00:00Z',
      opinions: [{ aspect: '盖子', aspectGroup: '盖子', opinion: '太薄', polarity: 'negative', clause: '盖子太薄' }],
    };
    for (let i = 0; i < 6; i++) feedReview(radar, { ...review, reviewId: `R${i}` });
    const options = { windowDays: 28 };
    for (const [kind, key] of [['term', '盖子'], ['aspect', '盖子'], ['painpoint', '盖子'], ['product', '加厚收纳箱'], ['category', '收纳箱'], ['platform', '淘宝']] as const) {
      const series = radar.describe(kind, key, options)!;
      expect(series.sparkline.reduce((a, b) => a + b)).toBe(6);
      expect(series.evidence).toHaveLength(5);
      expect(series.evidence[0]).toMatch(/^review:R\d$/);
    }
    feedPost(radar, { merchantId: 'm', id: 'X', platform: '小红书', author: null, text: '盖子', likes: 9, comments: 0, shares: 0, postedAt: '2026-11-01T09:00:00Z', url: null });
    expect(radar.describe('term', '盖子', options)!.sparkline.reduce((a, b) => a + b)).toBeCloseTo(8, 5);
  });

  it('spreads weekly and monthly search volumes over their days', () => {
    const radar = new TrendRadar();
    const base = { merchantId: 'm', keyword: '收纳箱', platform: '淘宝' };
    feedKeywordVolume(radar, { ...base, bucket: 'month', bucketStart: '2026-02-01T00:00:00Z', volume: 2800 });
    feedKeywordVolume(radar, { ...base, bucket: 'week', bucketStart: '2026-03-02T00:00:00Z', volume: 700 });
    const daily = radar.describe('keyword', '收纳箱', { windowDays: 28, asOfDay: Date.UTC(2026, 2, 8) / 86_400_000 })!.sparkline;
    // The last 28 days to 8 March: 20 February days at 100 a day, 1 March empty, then 7 days at 100.
    expect(daily).toEqual([...Array(20).fill(100), 0, ...Array(7).fill(100)]);
  });
});
