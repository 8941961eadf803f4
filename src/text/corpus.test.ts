import { describe, expect, it } from 'vitest';
import { HELD_OUT_PERCENT, isHeldOut } from './corpus.js';
import { chineseReviews, englishReviews } from '../ingest/corpora.js';

describe('labelled corpora', () => {
  it('parse every non-empty, distinct review of online_shopping_10_cats with its category', () => {
    const reviews = chineseReviews();
    // SOURCE.txt: 62,774 rows, one empty, some duplicated; quoted newlines must not split rows.
    expect(reviews.length).toBeGreaterThan(62_600);
    expect(reviews.length).toBeLessThan(62_774);
    expect(new Set(reviews.map((r) => r.text)).size).toBe(reviews.length);
    expect(new Set(reviews.map((r) => r.category)).size).toBe(10);
    const positives = reviews.filter((r) => r.positive).length / reviews.length;
    expect(positives).toBeGreaterThan(0.49);
    expect(positives).toBeLessThan(0.52);
  });

  it('turn Amazon stars into weak labels, dropping 3-star reviews', () => {
    const reviews = englishReviews();
    expect(reviews.length).toBeGreaterThan(4_000);
    const negatives = reviews.filter((r) => !r.positive).length;
    expect(negatives).toBeGreaterThan(60);
    expect(negatives).toBeLessThan(117); // at most the 117 one- and two-star rows, after deduplication
  });

  it('hold out a stable fifth, by text', () => {
    const share = chineseReviews().filter((r) => isHeldOut(r.text)).length / chineseReviews().length;
    expect(Math.abs(share - HELD_OUT_PERCENT / 100)).toBeLessThan(0.01);
    expect(isHeldOut('物流很快')).toBe(isHeldOut('物流很快'));
  });
});
