import { describe, expect, it } from 'vitest';
import { dayNumber } from '../customers/buyer-history.js';
import { generateDemo, type DemoRows } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import type { MarketFacts } from '../markets/market-facts.js';
import { buildMarketReport, type MarketReport } from '../markets/market-report.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { marketFactsFor, marketReportFor } from './markets.js';

const rows = generateDemo('a');
// The demo shop's orders arrive in two imports: the report must follow the second.
const firstOrders = rows.sales_order.slice(0, 300);
const firstOrderIds = new Set(firstOrders.map((o) => o.id));
const firstLines = rows.order_line.filter((l) => firstOrderIds.has(l.order_id));

/** The facts row by row, as the store handed them over before it summed them: the reference. */
function factsRowByRow(shop: Pick<DemoRows, 'product' | 'review' | 'sales_order' | 'order_line'>): MarketFacts {
  const products = new Map(shop.product.map((p) => [p.id, p]));
  const orders = new Map(shop.sales_order.map((o) => [o.id, o]));
  return {
    sales: shop.order_line.map((l) => {
      const order = orders.get(l.order_id)!;
      const product = products.get(l.product_id);
      const unitCost = product?.unit_cost ?? null;
      return {
        day: dayNumber(String(order.ordered_at)),
        region: order.region as string | null,
        channel: order.channel as string | null,
        category: (product?.category as string | undefined) ?? null,
        amount: Number(l.amount),
        cost: unitCost === null ? null : Number(unitCost) * Number(l.quantity),
      };
    }),
    reviews: shop.review.map((r) => ({
      day: dayNumber(String(r.reviewed_at)),
      platform: String(r.platform),
      category: (products.get(r.product_id)?.category as string | undefined) ?? null,
      own: products.get(r.product_id)?.owner === 'own',
      reviews: 1,
    })),
    competitors: shop.product
      .filter((p) => p.owner === 'competitor')
      .map((p) => ({ category: String(p.category), platform: p.platform as string | null, brand: p.brand as string | null })),
  };
}

/** Same ranks, keys and factors; figures equal up to the order sums were added in. */
function expectSameReport(actual: MarketReport | null, expected: MarketReport | null): void {
  expect(actual?.asOf).toBe(expected?.asOf);
  const shape = (r: MarketReport | null) => r?.rankings.map((x) => [x.dimension, x.rank, x.key, x.strengths, x.weaknesses]);
  expect(shape(actual)).toEqual(shape(expected));
  actual?.rankings.forEach((x, i) => {
    const want = expected!.rankings[i];
    expect(x.score).toBeCloseTo(want.score, 9);
    for (const field of ['demand', 'growth', 'ownShare', 'competitors', 'margin', 'revenue'] as const) {
      if (want.cell[field] === null) expect(x.cell[field]).toBeNull();
      else expect(x.cell[field]).toBeCloseTo(want.cell[field], 9);
    }
  });
}

describe.each(storesUnderTest())('markets on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: (store) => insertDemoRows(store, { product: rows.product, review: rows.review, sales_order: firstOrders, order_line: firstLines }),
  });

  it('sums sales and counts reviews per day and cell without losing a yuan or a review', async () => {
    const facts = await marketFactsFor(store, 'a');
    expect(facts.reviews.reduce((n, r) => n + r.reviews, 0)).toBe(rows.review.length);
    const ownIds = new Set(rows.product.filter((p) => p.owner === 'own').map((p) => p.id));
    expect(facts.reviews.filter((r) => r.own).reduce((n, r) => n + r.reviews, 0)).toBe(rows.review.filter((r) => ownIds.has(r.product_id)).length);
    // Grouped, the rows are fewer than the lines they sum.
    expect(facts.sales.length).toBeLessThan(firstLines.length);
    expect(facts.sales.reduce((n, s) => n + s.amount, 0)).toBeCloseTo(firstLines.reduce((n, l) => n + Number(l.amount), 0), 6);
    expect(facts.competitors).toHaveLength(rows.product.filter((p) => p.owner === 'competitor').length);
  });

  it('ranks exactly as the row-by-row facts do, and again after more orders arrive', async () => {
    const first = await marketReportFor(store, 'a');
    expect(first?.rankings.length).toBeGreaterThan(0);
    expectSameReport(first, buildMarketReport(factsRowByRow({ ...rows, sales_order: firstOrders, order_line: firstLines })));
    await insertDemoRows(store, {
      sales_order: rows.sales_order.filter((o) => !firstOrderIds.has(o.id)),
      order_line: rows.order_line.filter((l) => !firstOrderIds.has(l.order_id)),
    });
    const all = await marketReportFor(store, 'a');
    expectSameReport(all, buildMarketReport(factsRowByRow(rows)));
    expect(all).not.toEqual(first);
  });

  it('never mixes in another merchant’s rows', async () => {
    expect(await marketFactsFor(store, 'b')).toEqual({ sales: [], reviews: [], competitors: [] });
    expect(await marketReportFor(store, 'b')).toBeNull();
  });
});
