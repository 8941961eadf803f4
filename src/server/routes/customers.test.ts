import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

// Route-level checks for /api/customers and /api/markets: merchant scoping, query validation, empty merchants.
describe.each(storesUnderTest())('customers and markets API on $name', (under) => {
  const { product, review, sales_order, order_line } = generateDemo('a');
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { product, review, sales_order, order_line }) });

  it("reports the signed-in merchant's buyers, and nothing for a merchant without orders", async () => {
    const res = await api.as('a').get('/api/customers?top=5&horizon=26');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.buyers).toBe(new Set(generateDemo('a').sales_order.map((o) => o.buyer_id)).size);
    expect(report.horizonWeeks).toBe(26);
    expect(report.topBuyers).toHaveLength(5);
    expect(await (await api.as('b').get('/api/customers')).json()).toBeNull();
  });

  it('names a bad query parameter', async () => {
    const res = await api.as('a').get('/api/customers?horizon=0');
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].field).toBe('horizon');
  });

  it('ranks every dimension for the merchant with orders and reviews', async () => {
    const report = await (await api.as('a').get('/api/markets')).json();
    const dimensions = new Set(report.rankings.map((r: { dimension: string }) => r.dimension));
    expect(dimensions).toEqual(new Set(['region', 'channel', 'category']));
    expect(await (await api.as('b').get('/api/markets')).json()).toBeNull();
    expect((await api.http.request('/api/markets')).status).toBe(401);
  });
});
