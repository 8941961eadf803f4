/**
 * The trend radar from stored counts against the in-memory reference (a fresh radar fed every analysed
 * review, post, search volume and order line, under groups learned from every review — how the radar was
 * computed before 930_trend_counts): the same scan, rising items, figures, folded words, evidence and
 * drill-downs, on the demo shop and on real reviews, imported in five batches or at once.
 */
import { describe, expect, it } from 'vitest';
import type { SeriesKind } from '../domain/trends.js';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import { listKeywordVolumes, listOrders, listPosts, listProducts } from '../store/merchant-data.js';
import { listGroupingReviews, listReviewMentions } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { listEvidence } from '../store/trends.js';
import { foldRelated } from '../trends/fold-related.js';
import { feedKeywordVolume, feedPost, feedReview, feedSale } from '../trends/merchant-events.js';
import { TrendRadar } from '../trends/radar.js';
import { toDayNumber } from '../trends/time-buckets.js';
import { extractNewReviews } from './painpoints.js';
import { useRealShopPair } from './testing.js';
import { trendReportFor, trendSeriesFor } from './trends.js';

const SHOWN = 100;

/** Every row through a fresh radar, as the radar was fed before the stored counts. */
async function referenceRadar(store: Store, merchantId: string, windowDays: number): Promise<TrendRadar> {
  const radar = new TrendRadar({ horizonDays: windowDays });
  const groups = merchantAspectGroups(await listGroupingReviews(store, merchantId));
  for (const review of regroupReviews(await listReviewMentions(store, merchantId, {}), groups)) feedReview(radar, review);
  for (const post of await listPosts(store, merchantId)) feedPost(radar, post);
  for (const volume of await listKeywordVolumes(store, merchantId)) feedKeywordVolume(radar, volume);
  const products = new Map((await listProducts(store, merchantId)).map((p) => [p.id, p.name]));
  for (const order of await listOrders(store, merchantId)) {
    for (const line of order.lines) {
      const product = (line.productId && products.get(line.productId)) ?? line.sku ?? line.productId;
      if (product) feedSale(radar, { day: toDayNumber(order.orderedAt), product, quantity: line.quantity });
    }
  }
  return radar;
}

// Day weights of posts and searches are fractions, summed per day in single precision by the reference and
// per bucket in double precision by the database, so figures agree to about 1e-6 relative (p-values of
// 1e-50 included); everything else — which items, their order, tests, evidence, words — is equal.
const RELATIVE = 1e-5;

function expectAlike(actual: unknown, expected: unknown, path = ''): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const close = actual === expected || Math.abs(actual - expected) <= RELATIVE * Math.abs(expected);
    expect(close, `${path}: ${actual} against ${expected}`).toBe(true);
  } else if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    // Objects compare as sets of keys (testedByKind lists kinds in the order series were first fed), arrays in order.
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectAlike((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

/** The stored-count report equals the reference's scan, and drill-downs of what rose (and a few listings) equal its descriptions. */
async function expectSameRadar(store: Store, merchantId: string, windowDays: number, alsoDescribe: [SeriesKind, string][] = []) {
  const { merchantId: _m, newRows: _n, pendingReviews: _p, judged: _j, ...report } = await trendReportFor(store, merchantId, windowDays);
  const radar = await referenceRadar(store, merchantId, windowDays);
  const { judged: _rj, ...scan } = radar.scan({ windowDays });
  expectAlike(report, { ...scan, rising: foldRelated(scan.rising).slice(0, SHOWN) });
  const described: [SeriesKind, string][] = [...scan.rising.slice(0, 10).map((s): [SeriesKind, string] => [s.kind, s.key]), ...alsoDescribe];
  for (const [kind, key] of described) {
    const signal = radar.describe(kind, key, { windowDays })!;
    const expected = { signal, evidence: await listEvidence(store, merchantId, signal.evidence) };
    expectAlike(await trendSeriesFor(store, merchantId, windowDays, kind, key), expected, `${kind} ${key}`);
  }
  return report;
}

describe.each(storesUnderTest())('the trend radar from stored counts on $name', (under) => {
  describe('on the demo shop', () => {
    const demo = generateDemo('demo');
    const store = useFreshStore(under, {
      merchants: [{ id: 'demo', name: '演示厂' }],
      seed: (s) => insertDemoRows(s, demo),
    });

    it('equals the radar fed every row, for a month, a quarter and half a year', async () => {
      await extractNewReviews(store, 'demo');
      const product = demo.product[0].name;
      for (const windowDays of [28, 90, 182]) {
        const report = await expectSameRadar(store, 'demo', windowDays, [['product', String(product)], ['platform', '小红书'], ['sales', String(product)]]);
        expect(report.rising.length, `${windowDays}d`).toBeGreaterThan(0);
        for (const kind of ['term', 'aspect', 'painpoint', 'keyword', 'sales'] as const) expect(report.testedByKind[kind], `${windowDays}d ${kind}`).toBeGreaterThan(0);
      }
    }, 600_000);
  });

  describe('on real reviews, imported in five batches or at once', () => {
    const { shop, once, store } = useRealShopPair(under);

    it('the counts of five imports, read after each, equal one import, and both equal the radar fed every review', async () => {
      const part = Math.ceil(shop.reviews.length / 5);
      for (let from = 0; from < shop.reviews.length; from += part) {
        await store.insertMany('review', shop.reviews.slice(from, from + part), ['merchant_id', 'id']);
        await trendReportFor(store, 'batches', 90);
      }
      for (const windowDays of [28, 90]) {
        const batched = await expectSameRadar(store, 'batches', windowDays, [['product', shop.products[0].name], ['category', shop.products[0].category]]);
        expect(batched.tested, `${windowDays}d`).toBeGreaterThan(100);
        const { merchantId: _m, newRows: _n, pendingReviews: _p, judged: _j, ...atOnce } = await trendReportFor(store, 'once', windowDays);
        expectAlike(atOnce, batched, `${windowDays}d`);
      }
    }, 1_800_000);
  });
});
