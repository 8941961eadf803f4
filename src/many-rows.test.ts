import { describe, expect, it } from 'vitest';
import { growthByGroup } from './painpoints/report/growth.js';
import type { ReviewMentions } from './painpoints/report/review-mentions.js';
import type { AspectOpinion } from './painpoints/types.js';
import { categoryDemand, RECENT_WEEKS } from './selection/category-demand.js';
import { firstSeasonUnits, type ProductSale } from './selection/season-history.js';
import { WEEK_MS } from './selection/time.js';

/**
 * A shop's worth of rows (300,000) through the functions that once spread every row into Math.max and
 * died with "Maximum call stack size exceeded" (see no-data-spreads.test.ts). The rows are built so
 * the answers are known exactly.
 */
const ROWS = 300_000;
const DAY_MS = 86_400_000;
const END = Date.parse('2026-06-29T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const complaint: AspectOpinion[] = [{ aspect: '电池', aspectGroup: '电池', opinion: '不耐用', polarity: 'negative', clause: '电池不耐用' }];
function review(i: number, at: number, complains: boolean): ReviewMentions {
  return {
    reviewId: `r${i}`, text: '', productId: null, productName: null, category: null, brand: null, platform: 'test',
    owner: null, rating: null, reviewedAt: iso(at), opinions: complains ? complaint : [],
  };
}

describe(`${ROWS.toLocaleString('en')} rows`, () => {
  it('pain-point growth: recent month against the month before', () => {
    // Half the reviews in the last month (one in five complains), half the month before (one in ten).
    const half = ROWS / 2;
    const reviews = Array.from({ length: ROWS }, (_, i) =>
      i < half ? review(i, END - (i % 20) * DAY_MS, i % 5 === 0) : review(i, END - 45 * DAY_MS, i % 10 === 0),
    );
    const growth = growthByGroup(reviews, ['电池', '外观']);
    // ((30,000 + 1) / (150,000 + 10)) / ((15,000 + 1) / (150,000 + 10)) − 1, the priors included.
    expect(growth.get('电池')).toBeCloseTo(30_001 / 15_001 - 1, 12);
    expect(growth.get('外观')).toBeCloseTo(0, 12);
  });

  it('category demand: weekly level, typical level and growth', () => {
    const start = END - (RECENT_WEEKS + 16) * WEEK_MS;
    const midWeek = (week: number) => iso(start + week * WEEK_MS + WEEK_MS / 2);
    const events = [];
    // 'steady' sells 5,000 a week for 24 weeks; 'rising' 5,000 for 16 weeks, then 12,500 a week.
    // The newest event, one 'steady' sale in the last week, fixes where the weeks end.
    for (let week = 0; week < 24; week++) {
      events.push({ category: 'steady', at: week === 23 ? iso(END - 1) : midWeek(week), weight: 1 });
      for (let k = 1; k < 5_000; k++) events.push({ category: 'steady', at: midWeek(week), weight: 1 });
      for (let k = 0; k < (week < 16 ? 5_000 : 12_500); k++) events.push({ category: 'rising', at: midWeek(week), weight: 1 });
    }
    expect(events).toHaveLength(ROWS);
    const demand = categoryDemand(events, 'units');
    expect(demand.get('steady')).toMatchObject({ level: 5_000, typicalLevel: 8_750 });
    expect(demand.get('rising')).toMatchObject({ level: 12_500, typicalLevel: 8_750 });
    expect(demand.get('steady')!.growth).toBeCloseTo(0, 3);
    expect(demand.get('rising')!.growth).toBeCloseTo(1.5, 3);
    expect(demand.get('rising')!.qValue).toBeLessThan(1e-6);
  });

  it('first-season sales of similar products', () => {
    // 3,000 products × 100 sales: 90 of 2 units in their first fortnight, 10 of 5 units six weeks on
    // (after a four-week season). One product first sold on the last day has no whole season yet.
    const sales: ProductSale[] = [];
    for (let p = 0; p < 3_000; p++) {
      const first = END - 200 * DAY_MS + (p % 10) * DAY_MS;
      for (let k = 0; k < 90; k++) sales.push({ productId: `p${p}`, at: iso(first + (k % 14) * DAY_MS), units: 2 });
      for (let k = 0; k < 10; k++) sales.push({ productId: `p${p}`, at: iso(first + 6 * WEEK_MS), units: 5 });
    }
    sales.push({ productId: 'new', at: iso(END), units: 7 });
    expect(sales.length).toBeGreaterThanOrEqual(ROWS);
    const seasons = firstSeasonUnits(sales, 4);
    expect(seasons).toHaveLength(3_000);
    expect(seasons.every((units) => units === 180)).toBe(true);
  });
});
