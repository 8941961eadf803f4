import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { analyseNewReviews } from './analysis.js';
import { trendAlertsFor, trendReportFor, trendSeriesFor } from './trends.js';
import { workInProgress } from './work-progress.js';

// The demo shop's search volume for the adjustable-handle trolley climbs 12 % a week.
const RISING_KEYWORD = '可调节拉杆露营车';
const WINDOW_DAYS = 90;

describe.each(storesUnderTest())('trend radar over stored data on $name', (under) => {
  const rows = generateDemo('a');
  // Enough reviews for every kind of series, few enough that extraction stays quick on both databases.
  const firstReviews = rows.review.slice(0, 300);
  const laterReviews = rows.review.slice(300, 400);
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: (store) => insertDemoRows(store, {
      product: rows.product,
      review: firstReviews,
      social_post: rows.social_post.slice(0, 50),
      keyword_volume: rows.keyword_volume,
    }),
  });

  it('flags the rising search keyword and stores it as an alert', async () => {
    const report = await trendReportFor(store, 'a', WINDOW_DAYS);
    expect(report.newRows).toBe(300 + 50 + rows.keyword_volume.length);
    expect(report.testedByKind.keyword).toBe(new Set(rows.keyword_volume.map((v) => v.keyword)).size);
    const keyword = report.rising.find((item) => item.kind === 'keyword' && item.key === RISING_KEYWORD);
    expect(keyword?.qValue).toBeLessThan(0.05);
    expect(report.rising.filter((item) => item.kind === 'keyword')).toHaveLength(1);
    const alerts = await trendAlertsFor(store, 'a');
    expect(alerts.map((a) => a.key)).toContain(RISING_KEYWORD);
    expect(alerts.find((a) => a.key === RISING_KEYWORD)!.firstAlertedOn).toBe(report.asOf);
  });

  it('feeds only new rows on the next refresh, and stores alerts again only then', async () => {
    const lastStored = async () =>
      (await store.db.selectFrom('trend_alert').select((eb) => eb.fn.max('updated_at').as('at')).where('merchant_id', '=', 'a').executeTakeFirstOrThrow()).at;
    const stored = await lastStored();
    expect(stored).not.toBeNull();
    expect((await trendReportFor(store, 'a', WINDOW_DAYS)).newRows).toBe(0);
    expect(await lastStored()).toBe(stored);
    await store.insertMany('review', laterReviews, ['merchant_id', 'id']);
    const report = await trendReportFor(store, 'a', WINDOW_DAYS);
    expect(report.newRows).toBe(laterReviews.length);
    expect(await lastStored()).not.toBe(stored);
  });

  it('drills down to the reviews behind a series', async () => {
    const product = rows.product.find((p) => p.id === firstReviews[0].product_id)!;
    const series = await trendSeriesFor(store, 'a', WINDOW_DAYS, 'product', String(product.name));
    expect(series!.evidence.length).toBeGreaterThan(0);
    const ids = new Set([...firstReviews, ...laterReviews].filter((r) => r.product_id === product.id).map((r) => r.id));
    expect(series!.evidence.every((e) => e.source === 'review' && ids.has(e.id))).toBe(true);
  });

  it('lists the alerts of one window', async () => {
    await trendReportFor(store, 'a', 28);
    const quarter = await trendAlertsFor(store, 'a', WINDOW_DAYS);
    expect(quarter.length).toBeGreaterThan(0);
    expect(quarter.every((alert) => alert.windowDays === WINDOW_DAYS)).toBe(true);
    expect((await trendAlertsFor(store, 'a')).length).toBeGreaterThanOrEqual(quarter.length);
  });

  it('answers from the reviews analysed so far while an import is analysed, and takes in the rest afterwards', async () => {
    const imported = rows.review.slice(400, 2_400);
    await store.insertMany('review', imported, ['merchant_id', 'id']);
    const analysis = analyseNewReviews(store, 'a');
    expect(workInProgress(store, 'a')).toMatchObject([{ kind: 'analysis' }]);
    const during = await trendReportFor(store, 'a', WINDOW_DAYS);
    const analysed = await analysis;
    expect(analysed).toBe(imported.length);
    // Whatever was ready was fed, and what was not is counted as pending, never both, never neither.
    expect(during.newRows + during.pendingReviews).toBeGreaterThanOrEqual(imported.length);
    expect(workInProgress(store, 'a')).toEqual([]);
    const after = await trendReportFor(store, 'a', WINDOW_DAYS);
    expect(after.pendingReviews).toBe(0);
    expect(during.newRows + after.newRows).toBe(imported.length);
  });

  it('keeps merchants apart', async () => {
    const report = await trendReportFor(store, 'b', WINDOW_DAYS);
    expect(report.series).toBe(0);
    expect(await trendAlertsFor(store, 'b')).toEqual([]);
    expect(await trendSeriesFor(store, 'b', WINDOW_DAYS, 'keyword', RISING_KEYWORD)).toBeNull();
  });
});

describe.each(storesUnderTest())('trend radar fed in batches on $name', (under) => {
  // The same shop as two merchants: one imports its reviews, posts and orders in five batches, looking at
  // the trends page after each; the other imports everything at once.
  const batched = generateDemo('a');
  const atOnce = generateDemo('b');
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: (store) => insertDemoRows(store, { product: [...batched.product, ...atOnce.product], keyword_volume: [...batched.keyword_volume, ...atOnce.keyword_volume] }),
  });
  const REVIEWS = 600;
  const parts = <T,>(list: T[], n: number) => Array.from({ length: n }, (_, i) => list.slice(Math.floor((i * list.length) / n), Math.floor(((i + 1) * list.length) / n)));

  it('ends with the same report as feeding everything once', async () => {
    const reviews = parts(batched.review.slice(0, REVIEWS), 5);
    const posts = parts(batched.social_post.slice(0, 100), 5);
    const orders = parts(batched.sales_order.slice(0, 200), 5);
    for (let i = 0; i < 5; i++) {
      const ids = new Set(orders[i].map((o) => o.id));
      await insertDemoRows(store, { review: reviews[i], social_post: posts[i], sales_order: orders[i], order_line: batched.order_line.filter((l) => ids.has(l.order_id)) });
      await trendReportFor(store, 'a', WINDOW_DAYS);
    }
    const orderIds = new Set(atOnce.sales_order.slice(0, 200).map((o) => o.id));
    await insertDemoRows(store, {
      review: atOnce.review.slice(0, REVIEWS), social_post: atOnce.social_post.slice(0, 100),
      sales_order: atOnce.sales_order.slice(0, 200), order_line: atOnce.order_line.filter((l) => orderIds.has(l.order_id)),
    });
    const once = await trendReportFor(store, 'b', WINDOW_DAYS);
    const last = await trendReportFor(store, 'a', WINDOW_DAYS);
    // What differs by design: whose report, rows fed by the last refresh, series re-judged by it.
    const { merchantId: _a, newRows: _an, judged: _aj, ...fromBatches } = last;
    const { merchantId: _b, newRows: _bn, judged: _bj, ...fromOnce } = once;
    expect(once.tested).toBeGreaterThan(50);
    expect(once.rising.length).toBeGreaterThan(0);
    // Day counts are summed in another order (float rings): equal to six significant digits.
    const rounded = (report: object) => JSON.parse(JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v)));
    expect(rounded(fromBatches)).toEqual(rounded(fromOnce));
  });
});
