import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { marketFactsFor } from './markets.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';

describe.each(storesUnderTest())('market facts on $name', (under) => {
  const rows = generateDemo('a');
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: (store) => insertDemoRows(store, {
      product: rows.product,
      review: rows.review.slice(0, 500),
      sales_order: rows.sales_order.slice(0, 200),
      order_line: rows.order_line.slice(0, 200),
    }),
  });

  it('joins sales lines to their order’s region and channel and their product’s category and cost', async () => {
    const facts = await marketFactsFor(store, 'a');
    expect(facts.sales).toHaveLength(200);
    const line = rows.order_line[0];
    const order = rows.sales_order.find((o) => o.id === line.order_id)!;
    const product = rows.product.find((p) => p.id === line.product_id)!;
    const fact = facts.sales.find((s) => s.amount === line.amount && s.region === order.region && s.category === product.category)!;
    expect(fact.channel).toBe(order.channel);
    expect(fact.cost).toBeCloseTo(Number(product.unit_cost) * Number(line.quantity), 9);
  });

  it('marks reviews of own listings and lists competitors', async () => {
    const facts = await marketFactsFor(store, 'a');
    expect(facts.reviews).toHaveLength(500);
    const ownIds = new Set(rows.product.filter((p) => p.owner === 'own').map((p) => p.id));
    expect(facts.reviews.filter((r) => r.own)).toHaveLength(rows.review.slice(0, 500).filter((r) => ownIds.has(String(r.product_id))).length);
    expect(facts.competitors).toHaveLength(rows.product.filter((p) => p.owner === 'competitor').length);
  });

  it('never mixes in another merchant’s rows', async () => {
    expect(await marketFactsFor(store, 'b')).toEqual({ sales: [], reviews: [], competitors: [] });
  });
});
