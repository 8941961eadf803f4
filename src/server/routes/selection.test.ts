import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

const plan = {
  mouldCost: 80_000, leadTimeDays: 30, minimumOrder: 1_000, unitCost: 20, price: 59, channelFeeRate: 0.05,
  sellingWeeks: 12, demand: { kind: 'fixed', units: 900 }, startDate: '2026-12-01',
};

describe.each(storesUnderTest())('selection API on $name', (under) => {
  const { product, sales_order, order_line } = generateDemo('a');
  const api = useTestApi(under, ['a', 'b'], {
    basePath: '/api/selection',
    seed: (store) => insertDemoRows(store, { product, sales_order, order_line }),
  });

  it('simulates a launch and gives the exact answer for a known demand', async () => {
    const res = await api.as('a').post('/launch', { plan, draws: 500 });
    expect(res.status).toBe(200);
    const risk = await res.json();
    expect(risk.expectedProfit).toBeCloseTo(900 * 59 * 0.95 - 1_000 * 20 - 80_000, 6);
    expect(risk.chanceOfLoss).toBe(1);
    expect(risk.profitChart).toHaveLength(1);
  });

  it('names the wrong fields of a bad plan', async () => {
    const res = await api.as('a').post('/launch', { plan: { ...plan, price: -3, demand: { kind: 'range', low: 5, likely: 1, high: 2 } } });
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['price', 'demand']));
  });

  it('reads similar products’ seasons from the caller’s own sales only', async () => {
    const similar = { ...plan, sellingWeeks: 8, demand: { kind: 'similar', category: '收纳箱' } };
    const own = await api.as('a').post('/launch', { plan: similar, draws: 500 });
    expect(own.status).toBe(200);
    const risk = await own.json();
    expect(risk.expectedUnitsSold).toBeGreaterThan(0);
    expect(risk.seasons.length).toBeGreaterThan(0);
    expect((await api.as('b').post('/launch', { plan: similar })).status).toBe(404);
  });

  it('saves plans per merchant', async () => {
    expect((await api.as('a').post('/launch/plans', { name: '新款收纳盒', plan })).status).toBe(201);
    expect((await (await api.as('a').get('/launch/plans')).json()).map((p: { name: string }) => p.name)).toEqual(['新款收纳盒']);
    expect(await (await api.as('b').get('/launch/plans')).json()).toEqual([]);
    expect((await api.as('a').post('/launch/plans', { name: '坏方案', plan: { ...plan, minimumOrder: 0 } })).status).toBe(400);
    const similar = { ...plan, sellingWeeks: 8, demand: { kind: 'similar', category: '收纳箱' } };
    expect((await api.as('a').post('/launch/plans', { name: '参考同类', plan: similar })).status).toBe(201);
    expect((await api.as('b').post('/launch/plans', { name: '参考同类', plan: similar })).status).toBe(404);
  });

  it('keeps weights per merchant and refuses all-zero weights', async () => {
    const put = await api.as('a').put('/opportunities/weights', { margin: 1, demand: 1, growth: 0, painRelief: 0, competition: 0, sameness: 0 });
    expect(await put.json()).toMatchObject({ margin: 0.5, demand: 0.5, growth: 0 });
    expect((await (await api.as('b').get('/opportunities/weights')).json()).margin).toBe(0.15);
    const zero = await api.as('a').put('/opportunities/weights', { margin: 0, demand: 0, growth: 0, painRelief: 0, competition: 0, sameness: 0 });
    expect(zero.status).toBe(400);
  });

  it('scores the categories with the merchant’s weights', async () => {
    const body = await (await api.as('a').get('/opportunities')).json();
    expect(body.opportunities.map((o: { idea: { category: string } }) => o.idea.category).sort()).toEqual(['收纳箱', '露营车']);
    const margin = body.opportunities[0].factors.find((f: { key: string }) => f.key === 'margin');
    expect(margin.weight).toBe(0.5);
  });

  it('records 开模 / 再测 / 放弃 with the concept test’s result, for the idea, per merchant', async () => {
    const created = await (await api.as('a').post('/concepts', { name: '折叠收纳箱测款', variants: ['米白', '雾蓝'] })).json();
    const id = created.test.id;
    await api.as('a').put(`/concepts/${id}/variants/${encodeURIComponent('米白')}`, { counts: { views: 400, saves: 60 } });
    await api.as('a').put(`/concepts/${id}/variants/${encodeURIComponent('雾蓝')}`, { counts: { views: 400, saves: 12 } });
    const res = await api.as('a').post(`/concepts/${id}/decision`, { decision: 'launch', idea: '折叠收纳箱' });
    expect(res.status).toBe(201);
    const decision = await res.json();
    expect(decision).toMatchObject({ idea: '折叠收纳箱', testId: id, decision: 'launch', result: { leader: '米白', decidedBy: 'save' } });
    // 60 of 400 saves against 12 of 400 leaves no real doubt which design is better.
    expect(decision.result.chanceBest).toBeGreaterThan(0.99);
    const listed = await (await api.as('a').get('/decisions')).json();
    expect(listed.map((d: { idea: string; decision: string }) => [d.idea, d.decision])).toEqual([['折叠收纳箱', 'launch']]);
    expect(await (await api.as('b').get('/decisions')).json()).toEqual([]);
    expect((await api.as('b').post(`/concepts/${id}/decision`, { decision: 'drop' })).status).toBe(404);
    const bad = await api.as('a').post(`/concepts/${id}/decision`, { decision: 'maybe' });
    expect(bad.status).toBe(400);
  });
});
