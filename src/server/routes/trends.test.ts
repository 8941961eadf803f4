import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

// Route-level checks for /api/trends: merchant scoping, window validation, drill-down, stored alerts.
describe.each(storesUnderTest())('trends API on $name', (under) => {
  const rows = generateDemo('a');
  const { product, keyword_volume, sales_order, order_line } = rows;
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { product, keyword_volume, sales_order, order_line }) });

  it("reports the signed-in merchant's rising items with their stored alerts", async () => {
    const res = await api.as('a').get('/api/trends?window=12w');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.windowDays).toBe(84);
    expect(report.testedByKind.sales).toBe(new Set(rows.order_line.map((l) => l.product_id)).size);
    expect(report.rising.map((r: { key: string }) => r.key)).toContain('可调节拉杆露营车');
    expect(report.alerts.map((a: { key: string }) => a.key)).toContain('可调节拉杆露营车');
    const other = await (await api.as('b').get('/api/trends')).json();
    expect(other.series).toBe(0);
    expect(other.alerts).toEqual([]);
  });

  it('names a bad window and refuses strangers', async () => {
    const res = await api.as('a').get('/api/trends?window=forever');
    expect(res.status).toBe(400);
    expect((await api.as('a').get('/api/trends?window=5000d')).status).toBe(400);
    expect((await api.http.request('/api/trends')).status).toBe(401);
  });

  it('drills into one series, and 404s for a series the merchant does not have', async () => {
    const res = await api.as('a').get(`/api/trends/series?kind=keyword&key=${encodeURIComponent('可调节拉杆露营车')}`);
    expect(res.status).toBe(200);
    const { signal } = await res.json();
    expect(signal.sparkline).toHaveLength(13);
    expect(signal.sparkline[12]).toBeGreaterThan(signal.sparkline[0]);
    expect((await api.as('b').get(`/api/trends/series?kind=keyword&key=${encodeURIComponent('可调节拉杆露营车')}`)).status).toBe(404);
    expect((await api.as('a').get('/api/trends/series?kind=color&key=x')).status).toBe(400);
  });
});
