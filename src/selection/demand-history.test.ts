import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { maxOf } from '../math/summary.js';
import { categoryDemand, RECENT_WEEKS } from './category-demand.js';
import { historyBandwidth } from './demand.js';
import { breakEvenUnits } from './launch-economics.js';
import { launchPlanSchema } from './launch-plan.js';
import { simulateLaunch } from './launch-risk.js';
import { firstSeasonUnits, type ProductSale } from './season-history.js';

/** Amazon device reviews (Datafiniti sample) as a stand-in for dated sales: one review = one unit. */
const amazon = (parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).map(
  (r): ProductSale => ({ productId: r.id, at: r['reviews.date'], units: 1 }),
);

describe('season sales of similar products', () => {
  it('counts each product’s first season and skips seasons the data has not finished', () => {
    const sales: ProductSale[] = [
      { productId: 'a', at: '2026-01-01T00:00:00Z', units: 5 },
      { productId: 'a', at: '2026-01-20T00:00:00Z', units: 7 },
      { productId: 'a', at: '2026-03-01T00:00:00Z', units: 100 },
      { productId: 'b', at: '2026-02-25T00:00:00Z', units: 3 },
    ];
    expect(firstSeasonUnits(sales, 4)).toEqual([12]);
  });

  it('on real review history, never counts more than a product ever sold and keeps only finished seasons', () => {
    const totals = new Map<string, number>();
    const firsts = new Map<string, number>();
    for (const s of amazon) {
      totals.set(s.productId, (totals.get(s.productId) ?? 0) + 1);
      firsts.set(s.productId, Math.min(firsts.get(s.productId) ?? Infinity, Date.parse(s.at)));
    }
    const end = maxOf(amazon, (s) => Date.parse(s.at));
    for (const weeks of [26, 78]) {
      const finished = [...firsts.values()].filter((first) => first + weeks * 7 * 86_400_000 <= end).length;
      const seasons = firstSeasonUnits(amazon, weeks);
      expect(seasons).toHaveLength(finished);
      expect(maxOf(seasons, (n) => n)).toBeLessThanOrEqual(maxOf(totals.values(), (n) => n));
    }
    expect(firstSeasonUnits(amazon, 78).length).toBeLessThan(totals.size);
  });

  it('turns that history into a chance of loss equal to the share of seasons below break-even', () => {
    const history = firstSeasonUnits(amazon, 26);
    // Scaled so a storage-box launch needing ~140 units is a real question for these seasons.
    const plan = launchPlanSchema.parse({
      mouldCost: 3_000, leadTimeDays: 30, minimumOrder: 200, unitCost: 20, price: 49, channelFeeRate: 0.05,
      sellingWeeks: 26, demand: { kind: 'history', units: history, smooth: false }, startDate: '2026-03-01',
    });
    const b = breakEvenUnits(plan)!;
    const exact = history.filter((u) => u < b).length / history.length;
    const risk = simulateLaunch(plan, { seed: 2 });
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(1);
    expect(Math.abs(risk.chanceOfLoss - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / risk.draws));
  });
});

describe('smoothed resampling of past seasons', () => {
  const plan = (units: number[]) =>
    launchPlanSchema.parse({
      mouldCost: 0, leadTimeDays: 0, minimumOrder: 1, firstOrder: 1_000_000, unitCost: 0, price: 1, sellingWeeks: 26,
      demand: { kind: 'history', units }, startDate: '2026-03-01',
    });

  it('keeps the mean season of the history and spreads even a single past season', () => {
    const one = simulateLaunch(plan([1_000]), { seed: 8 });
    // Price 1, no costs and an unlimited run: profit is demand, so its percentiles are demand's.
    expect(one.expectedUnitsSold).toBeGreaterThan(1_000 * 0.97);
    expect(one.expectedUnitsSold).toBeLessThan(1_000 * 1.03);
    expect(one.profitPercentiles.p5).toBeLessThan(800);
    expect(one.profitPercentiles.p95).toBeGreaterThan(1_250);
  });

  it('widens with the spread of real first seasons', () => {
    const history = firstSeasonUnits(amazon, 26);
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const risk = simulateLaunch(plan(history), { seed: 9 });
    expect(Math.abs(risk.expectedUnitsSold - mean) / mean).toBeLessThan(0.05);
    expect(historyBandwidth(history)).toBeGreaterThan(historyBandwidth([100, 110, 120]));
  });
});

describe('category demand from dated events', () => {
  it('reports the recent weekly level, the typical level and a rate-test growth per category', () => {
    const events = amazon.map((s) => ({ category: s.productId, at: s.at, weight: s.units }));
    const demand = categoryDemand(events, 'reviews');
    const end = maxOf(events, (e) => Date.parse(e.at)) + 1;
    const recentStart = end - RECENT_WEEKS * 7 * 86_400_000;
    const [busiest] = [...demand].sort((a, b) => b[1].level - a[1].level);
    const recentCount = events.filter((e) => e.category === busiest[0] && Date.parse(e.at) >= recentStart).length;
    expect(busiest[1].level).toBeCloseTo(recentCount / RECENT_WEEKS, 12);
    expect(busiest[1].qValue).toBeGreaterThanOrEqual(0);
    const levels = [...demand.values()].map((d) => d.level).sort((a, b) => a - b);
    expect(busiest[1].typicalLevel).toBeLessThanOrEqual(levels[levels.length - 1]);
    expect(busiest[1].typicalLevel).toBeGreaterThanOrEqual(levels[0]);
  });
});
