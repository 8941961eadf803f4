import { describe, expect, it } from 'vitest';
import { analyseSentiment, scoreSentiment } from './sentiment.js';
import { evaluateHeldOut } from './sentiment-evaluation.js';
import { chineseReviews, englishReviews } from '../ingest/corpora.js';

/** Issue 3's floor for Chinese review polarity on the held-out fold. */
const ACCURACY_FLOOR = 0.92;
const isPositive = (text: string) => scoreSentiment(text).label === 'positive';

describe('committed Chinese sentiment model', () => {
  const report = evaluateHeldOut(chineseReviews(), isPositive);

  it('reaches the accuracy floor on the held-out fold of online_shopping_10_cats', () => {
    expect(report.reviews).toBeGreaterThan(12_000);
    expect(report.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(report.macroF1).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('works in every category, not only on average', () => {
    expect(Object.keys(report.perCategory)).toHaveLength(10);
    // Books and water heaters are the hardest (long plot summaries; 110 held-out reviews, 80% positive).
    for (const category of Object.values(report.perCategory)) expect(category.accuracy).toBeGreaterThan(0.8);
  });

  it('reads traditional-script reviews like their simplified originals', () => {
    expect(scoreSentiment('質量太差了，用了兩天就壞了').label).toBe('negative');
    expect(scoreSentiment('質量很好，物流也快，下次還來').label).toBe('positive');
  });
});

describe('clause sentiment', () => {
  it('tells praise and complaint apart inside one review, quoting the original clauses', () => {
    const result = analyseSentiment('外观很漂亮，但是拉杆太松，用了两天就坏了');
    expect(result.clauses.map((c) => c.clause)).toEqual(['外观很漂亮', '但是拉杆太松', '用了两天就坏了']);
    expect(result.clauses.map((c) => c.label)).toEqual(['positive', 'negative', 'negative']);
  });

  it('scores the review the same whether or not clauses are asked for', () => {
    for (const { text } of chineseReviews().slice(0, 200)) {
      expect(analyseSentiment(text).score).toBeCloseTo(scoreSentiment(text).score, 10);
    }
  });

  it('quotes full-width text as written', () => {
    const result = analyseSentiment('ＯＫ，很好用！');
    expect(result.clauses.map((c) => c.clause)).toEqual(['ＯＫ', '很好用']);
  });
});

describe('committed English sentiment model', () => {
  it('separates 1-2 star from 4-5 star reviews on the held-out fold', () => {
    const report = evaluateHeldOut(englishReviews(), isPositive);
    expect(report.accuracy).toBeGreaterThan(0.95);
    // Few negatives exist (16 held out), so the bar is modest, but a positive-only model scores 0 here.
    expect(report.negative.recall).toBeGreaterThan(0.5);
  });
});
