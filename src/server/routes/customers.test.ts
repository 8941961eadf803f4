import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { generateDemo } from '../../demo/generate.js';
import { createAccount, createMerchant, login } from '../../store/accounts.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

// Route-level checks for /api/customers and /api/markets: merchant scoping, query validation, empty merchants.
describe.each(storesUnderTest())('customers and markets API on $name', (under) => {
  let dispose: () => Promise<void>;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const get = (path: string, merchant: string) => http.request(path, { headers: { authorization: `Bearer ${tokens[merchant]}` } });

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    const app: App = assembleApp(configFromEnv({}), store);
    for (const id of ['a', 'b']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123' });
      tokens[id] = (await login(store, `${id}@shop.cn`, 'password-123'))!.token;
    }
    const rows = generateDemo('a');
    await store.insertMany('product', rows.product, ['merchant_id', 'id']);
    await store.insertMany('review', rows.review, ['merchant_id', 'id']);
    await store.insertMany('sales_order', rows.sales_order, ['merchant_id', 'id']);
    await store.insertMany('order_line', rows.order_line, ['merchant_id', 'order_id', 'line_no']);
    http = createHttp(app);
  });
  afterAll(() => dispose());

  it("reports the signed-in merchant's buyers, and nothing for a merchant without orders", async () => {
    const res = await get('/api/customers?top=5&horizon=26', 'a');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.buyers).toBe(new Set(generateDemo('a').sales_order.map((o) => o.buyer_id)).size);
    expect(report.horizonWeeks).toBe(26);
    expect(report.topBuyers).toHaveLength(5);
    expect(await (await get('/api/customers', 'b')).json()).toBeNull();
  });

  it('names a bad query parameter', async () => {
    const res = await get('/api/customers?horizon=0', 'a');
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].field).toBe('horizon');
  });

  it('ranks every dimension for the merchant with orders and reviews', async () => {
    const report = await (await get('/api/markets', 'a')).json();
    const dimensions = new Set(report.rankings.map((r: { dimension: string }) => r.dimension));
    expect(dimensions).toEqual(new Set(['region', 'channel', 'category']));
    expect(await (await get('/api/markets', 'b')).json()).toBeNull();
    expect((await http.request('/api/markets')).status).toBe(401);
  });
});
