import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../ingest/shared-data.js';
import { extractAspectOpinions } from './extract.js';
import { committedAbsaModel } from './model-file.js';
import { rankPainPoints } from '../report/ranking.js';
import type { ReviewMentions } from '../report/review-mentions.js';
import { unitHash } from '../learning/zhijiang.js';

/** The Amazon half the English lexicons never saw, with real dates and 1-5 star ratings. */
function heldOutAmazon(): ReviewMentions[] {
  const { englishSplit } = committedAbsaModel();
  const rows = parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return rows.flatMap((r, row) => {
    if (unitHash(englishSplit.seed, String(row)) >= englishSplit.heldOut) return [];
    const text = `${r['reviews.title']}. ${r['reviews.text']}`;
    return [{
      reviewId: String(row), text, productId: r.id, productName: r.name, category: null, brand: r.brand, platform: 'amazon',
      owner: null, rating: Number(r['reviews.rating']), reviewedAt: r['reviews.date'], opinions: extractAspectOpinions(text),
    }];
  });
}

describe('English reviews (Amazon sample, held-out half)', () => {
  it('reads a complaint about a part in a real review', () => {
    // Row of the Amazon sample: a 2-star Kindle review.
    const [screen] = extractAspectOpinions('The screen is too dark, and cannot adjust the brightness');
    expect(screen).toMatchObject({ aspect: 'screen', aspectGroup: 'screen', polarity: 'negative' });
  });

  it('ranks pain points whose complaints cost stars on real ratings', () => {
    const reviews = heldOutAmazon();
    expect(reviews.length).toBeGreaterThan(2000);
    const ranked = rankPainPoints(reviews);
    expect(ranked.length).toBeGreaterThan(3);
    const meanRating = reviews.reduce((s, r) => s + r.rating!, 0) / reviews.length;
    const [top] = ranked;
    const complaining = reviews.filter((r) => r.opinions.some((o) => o.aspectGroup === top.group && o.polarity === 'negative'));
    const complainingMean = complaining.reduce((s, r) => s + r.rating!, 0) / complaining.length;
    expect(complainingMean).toBeLessThan(meanRating - 0.3);
    expect(top.starsCost).toBeGreaterThan(0.2);
    expect(top.evidence).toHaveLength(3);
  });
});
