import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { generateDemo } from '../../demo/generate.js';
import { createAccount, createMerchant } from '../../store/accounts.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

const plan = {
  mouldCost: 80_000, leadTimeDays: 30, minimumOrder: 1_000, unitCost: 20, price: 59, channelFeeRate: 0.05,
  sellingWeeks: 12, demand: { kind: 'fixed', units: 900 }, startDate: '2026-12-01',
};

describe.each(storesUnderTest())('selection API on $name', (under) => {
  let dispose: () => Promise<void>;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const call = (who: string, path: string, method = 'GET', body?: unknown) =>
    http.request(`/api/selection${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    const app: App = assembleApp(configFromEnv({}), store);
    const rows = generateDemo('a');
    for (const id of ['a', 'b']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123' });
    }
    await store.insertMany('product', rows.product, ['merchant_id', 'id']);
    await store.insertMany('sales_order', rows.sales_order, ['merchant_id', 'id']);
    await store.insertMany('order_line', rows.order_line, ['merchant_id', 'order_id', 'line_no']);
    http = createHttp(app);
    for (const id of ['a', 'b']) {
      const res = await http.request('/api/login', {
        method: 'POST', body: JSON.stringify({ email: `${id}@shop.cn`, password: 'password-123' }), headers: { 'content-type': 'application/json' },
      });
      tokens[id] = (await res.json()).token;
    }
  });
  afterAll(() => dispose());

  it('simulates a launch and gives the exact answer for a known demand', async () => {
    const res = await call('a', '/launch', 'POST', { plan, draws: 500 });
    expect(res.status).toBe(200);
    const risk = await res.json();
    expect(risk.expectedProfit).toBeCloseTo(900 * 59 * 0.95 - 1_000 * 20 - 80_000, 6);
    expect(risk.chanceOfLoss).toBe(1);
    expect(risk.profitChart).toHaveLength(1);
  });

  it('names the wrong fields of a bad plan', async () => {
    const res = await call('a', '/launch', 'POST', { plan: { ...plan, price: -3, demand: { kind: 'range', low: 5, likely: 1, high: 2 } } });
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['price', 'demand']));
  });

  it('reads similar products’ seasons from the caller’s own sales only', async () => {
    const similar = { ...plan, sellingWeeks: 8, demand: { kind: 'similar', category: '收纳箱' } };
    const own = await call('a', '/launch', 'POST', { plan: similar, draws: 500 });
    expect(own.status).toBe(200);
    const risk = await own.json();
    expect(risk.expectedUnitsSold).toBeGreaterThan(0);
    expect(risk.seasons.length).toBeGreaterThan(0);
    expect((await call('b', '/launch', 'POST', { plan: similar })).status).toBe(404);
  });

  it('saves plans per merchant', async () => {
    expect((await call('a', '/launch/plans', 'POST', { name: '新款收纳盒', plan })).status).toBe(201);
    expect((await (await call('a', '/launch/plans')).json()).map((p: { name: string }) => p.name)).toEqual(['新款收纳盒']);
    expect(await (await call('b', '/launch/plans')).json()).toEqual([]);
    expect((await call('a', '/launch/plans', 'POST', { name: '坏方案', plan: { ...plan, minimumOrder: 0 } })).status).toBe(400);
    const similar = { ...plan, sellingWeeks: 8, demand: { kind: 'similar', category: '收纳箱' } };
    expect((await call('a', '/launch/plans', 'POST', { name: '参考同类', plan: similar })).status).toBe(201);
    expect((await call('b', '/launch/plans', 'POST', { name: '参考同类', plan: similar })).status).toBe(404);
  });

  it('keeps weights per merchant and refuses all-zero weights', async () => {
    const put = await call('a', '/opportunities/weights', 'PUT', { margin: 1, demand: 1, growth: 0, painRelief: 0, competition: 0, sameness: 0 });
    expect(await put.json()).toMatchObject({ margin: 0.5, demand: 0.5, growth: 0 });
    expect((await (await call('b', '/opportunities/weights')).json()).margin).toBe(0.15);
    const zero = await call('a', '/opportunities/weights', 'PUT', { margin: 0, demand: 0, growth: 0, painRelief: 0, competition: 0, sameness: 0 });
    expect(zero.status).toBe(400);
  });

  it('scores the categories with the merchant’s weights', async () => {
    const body = await (await call('a', '/opportunities')).json();
    expect(body.opportunities.map((o: { idea: { category: string } }) => o.idea.category).sort()).toEqual(['收纳箱', '露营车']);
    const margin = body.opportunities[0].factors.find((f: { key: string }) => f.key === 'margin');
    expect(margin.weight).toBe(0.5);
  });
});
