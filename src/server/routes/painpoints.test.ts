import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { generateDemo } from '../../demo/generate.js';
import { createAccount, createMerchant, login } from '../../store/accounts.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

// Route-level checks for /api/painpoints: merchant scoping, scope validation, incremental analysis.
describe.each(storesUnderTest())('pain-points API on $name', (under) => {
  let dispose: () => Promise<void>;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const get = (path: string, merchant: string) => http.request(path, { headers: { authorization: `Bearer ${tokens[merchant]}` } });
  const demo = generateDemo('a');

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    const app: App = assembleApp(configFromEnv({}), store);
    for (const id of ['a', 'b']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123' });
      tokens[id] = (await login(store, `${id}@shop.cn`, 'password-123'))!.token;
    }
    await store.insertMany('product', demo.product, ['merchant_id', 'id']);
    // Three products' reviews keep the test quick on both databases.
    const products = new Set(['P-TROLLEY', 'C-TROLLEY', 'P-BOX-L']);
    await store.insertMany('review', demo.review.filter((r) => products.has(String(r.product_id))), ['merchant_id', 'id']);
    http = createHttp(app);
  });
  afterAll(() => dispose());

  it("ranks the signed-in merchant's pain points once and then only analyses what is new", async () => {
    const first = await (await get('/api/painpoints?category=露营车', 'a')).json();
    expect(first.reviews).toBe(demo.review.filter((r) => String(r.product_id).endsWith('TROLLEY')).length);
    expect(first.extractedNow).toBeGreaterThan(first.reviews);
    expect(first.painPoints[0].label).toBe('拉杆角度不能调');
    expect(first.byCompetitor.map((s: { key: string }) => s.key)).toEqual(['野趣']);
    const again = await (await get('/api/painpoints?product=P-TROLLEY&since=2026-09-01', 'a')).json();
    expect(again.extractedNow).toBe(0);
    expect(again.byProduct.map((s: { key: string }) => s.key)).toEqual(['P-TROLLEY']);
    expect((await (await get('/api/painpoints', 'b')).json()).reviews).toBe(0);
  });

  it('names a bad scope', async () => {
    const both = await get('/api/painpoints?product=P-TROLLEY&category=露营车', 'a');
    expect(both.status).toBe(400);
    const badDate = await get('/api/painpoints?since=yesterday', 'a');
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).error.details[0].field).toBe('since');
  });
});
