import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../customers/buyer-history.js';
import { sharedData } from '../ingest/shared-data.js';
import { buildMarketCells, GROWTH_WINDOW_DAYS } from './market-cells.js';
import type { ReviewFact } from './market-facts.js';
import { rankMarkets } from './rank-markets.js';

// Real dated reviews (Amazon devices, 2014–2018) as the public demand signal, one category per product line;
// we play the maker of the Echo line, so Echo reviews are "own".
const rows: Record<string, string>[] = parse(readFileSync(sharedData.amazonReviews), { columns: true, bom: true });
const reviews: ReviewFact[] = rows.map((r) => ({
  day: dayNumber(r['reviews.date'].slice(0, 10)),
  platform: 'amazon',
  category: r.categories.split(',')[0],
  own: r.name.includes('Echo'),
  reviews: 1,
}));
// End of February 2018: the recent quarter holds the 2017 holiday season, the one before does not.
const asOf = dayNumber('2018-02-28');
const cells = buildMarketCells({ sales: [], reviews, competitors: [] }, asOf);
const categories = cells.filter((c) => c.dimension === 'category');

describe('market cells on real dated reviews', () => {
  it('counts each category’s reviews in the recent quarter as its demand', () => {
    const inWindow = (r: ReviewFact) => r.day > asOf - GROWTH_WINDOW_DAYS && r.day <= asOf;
    for (const cell of categories) {
      expect(cell.demand).toBe(reviews.filter((r) => r.category === cell.key && inWindow(r)).length);
    }
    expect(categories.reduce((n, c) => n + (c.demand ?? 0), 0)).toBe(reviews.filter(inWindow).length);
  });

  it('sees the holiday quarter as growth and gives the merchant its share of the Echo category', () => {
    const echo = categories.find((c) => c.key === 'Amazon Echo')!;
    expect(echo.growth).toBeGreaterThan(0);
    expect(echo.ownShare).toBeGreaterThan(0.5);
    const ranked = rankMarkets(cells).filter((r) => r.dimension === 'category');
    // The busiest category of the quarter leads on demand.
    const busiest = [...categories].sort((p, q) => (q.demand ?? 0) - (p.demand ?? 0))[0];
    expect(ranked.find((r) => r.key === busiest.key)!.strengths).toContain('demand');
  });
});
