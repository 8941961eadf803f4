/**
 * The pain-point report from stored counts against the in-memory reference (`buildPainPointReport` over
 * every review in scope with its triples, groups learned from every review): the same ranking, shares,
 * counts, growth, stars, phrasings, trends, quotes, slices, gap and statements, on the demo shop and on
 * real reviews; after importing in batches as after importing at once; after a new model re-extracts.
 * What is kept between requests (learned groups, whole reports) is kept per data version and moves with it.
 */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import { buildPainPointReport } from '../painpoints/report/report.js';
import { painPointCountsVersion, readLearnedGroups } from '../store/painpoint-counts.js';
import { listGroupingReviews, listReviewMentions, type PainPointScope } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { groupsOfKey } from '../painpoints/report/counts.js';
import { listPostCells, listPostComplaints } from '../store/painpoint-posts.js';
import { extractNewPosts, extractNewReviews, painPointReportFor } from './painpoints.js';
import { useRealShopPair } from './testing.js';

async function reference(store: Store, merchantId: string, scope: PainPointScope) {
  const groups = merchantAspectGroups(await listGroupingReviews(store, merchantId));
  // Each read post as a cell of one, for the whole shop only (posts name no product or platform).
  const posts = scope.productId || scope.category || scope.platform ? [] : (await listPostComplaints(store, merchantId, scope.since)).map((post) => ({
    groups: new Set(groupsOfKey(post.complaints!).map((g) => groups[g] ?? g)), posts: 1,
  }));
  return buildPainPointReport(regroupReviews(await listReviewMentions(store, merchantId, scope), groups), scope.owner ?? 'own', posts);
}

async function fromCounts(store: Store, merchantId: string, scope: PainPointScope) {
  const { extractedNow, pendingReviews, ...report } = await painPointReportFor(store, merchantId, scope);
  return report;
}

const scopesOf = (product: string, category: string, platform: string): PainPointScope[] => [
  {},
  { owner: 'all' },
  { owner: 'competitor' },
  { productId: product, owner: 'all' },
  { category },
  { platform },
  { since: '2025-09-01' },
  { category, platform, since: '2025-03-15', owner: 'all' },
];

describe.each(storesUnderTest())('the pain-point report from stored counts on $name', (under) => {
  describe('on the demo shop', () => {
    const store = useFreshStore(under, {
      merchants: [{ id: 'demo', name: '演示厂' }],
      seed: (s) => insertDemoRows(s, (({ product, review, social_post }) => ({ product, review, social_post }))(generateDemo('demo'))),
    });

    it('equals the in-memory report for every kind of scope', async () => {
      await extractNewReviews(store, 'demo');
      await extractNewPosts(store, 'demo');
      const [product] = await store.db.selectFrom('product').select(['id', 'category']).where('merchant_id', '=', 'demo').where('owner', '=', 'own').execute();
      for (const scope of scopesOf(product.id, product.category, '拼多多')) {
        const expected = await reference(store, 'demo', scope);
        expect(expected.painPoints.length, JSON.stringify(scope)).toBeGreaterThan(0);
        expect(await fromCounts(store, 'demo', scope), JSON.stringify(scope)).toEqual(expected);
      }
      // The demo's notes complain about the shop's pain points too: cards count them beside the reviews.
      const whole = await fromCounts(store, 'demo', {});
      expect(whole.painPoints.some((p) => p.sources.posts > 0 && p.sources.reviews === p.reviews)).toBe(true);
    }, 300_000);

    it('counts a post once per model: read again by another, it moves from its old groups to its new ones', async () => {
      const everyNoteAbout = (group: string) => (texts: readonly string[]) =>
        texts.map(() => [{ aspect: group, aspectGroup: group, opinion: '太差', polarity: 'negative' as const, clause: '太差' }]);
      const posts = Number((await store.db.selectFrom('social_post').select((eb) => eb.fn.countAll().as('n')).where('merchant_id', '=', 'demo').executeTakeFirstOrThrow()).n);
      expect(await extractNewPosts(store, 'demo', everyNoteAbout('包装'), 'test-v2')).toBe(posts);
      const cells = async () => (await listPostCells(store, 'demo')).filter((c) => c.posts !== 0);
      expect(await cells()).toEqual([{ complaints: '包装', posts }]);
      // Back to the committed model: the counts it made before.
      expect(await extractNewPosts(store, 'demo')).toBe(posts);
      expect((await cells()).some((c) => c.complaints === '包装' && c.posts === posts)).toBe(false);
    }, 300_000);
  });

  describe('kept between requests on the demo shop, two thirds imported first', () => {
    const demo = generateDemo('kept');
    const first = Math.floor((demo.review.length * 2) / 3);
    const store = useFreshStore(under, {
      merchants: [{ id: 'kept', name: '演示厂' }],
      seed: (s) => insertDemoRows(s, { product: demo.product, review: demo.review.slice(0, first) }),
    });

    it('stores the groups learned after extraction with the counts version they come from', async () => {
      await extractNewReviews(store, 'kept');
      expect(await readLearnedGroups(store, 'kept')).toEqual({
        version: await painPointCountsVersion(store, 'kept'),
        groups: merchantAspectGroups(await listGroupingReviews(store, 'kept')),
      });
    }, 300_000);

    it('answers a page asked for again with the kept report, and computes it again once reviews or products land', async () => {
      const before = await fromCounts(store, 'kept', {});
      expect((await fromCounts(store, 'kept', {})).painPoints).toBe(before.painPoints);
      await insertDemoRows(store, { review: demo.review.slice(first) });
      const after = await fromCounts(store, 'kept', {});
      expect(after.reviews).toBeGreaterThan(before.reviews);
      expect(after).toEqual(await reference(store, 'kept', {}));
      expect(await readLearnedGroups(store, 'kept')).toEqual({
        version: await painPointCountsVersion(store, 'kept'),
        groups: merchantAspectGroups(await listGroupingReviews(store, 'kept')),
      });
      // A new listing (no reviews yet) moves the version too: the report names and splits products.
      await store.insertMany('product', [{ ...demo.product[0], id: 'new-listing', sku: 'new-listing', owner: 'competitor' }], ['merchant_id', 'id']);
      const withListing = await fromCounts(store, 'kept', {});
      expect(withListing.painPoints).not.toBe(after.painPoints);
      expect(withListing).toEqual(await reference(store, 'kept', {}));
    }, 300_000);
  });

  describe('on real reviews, imported in five batches or at once, then re-extracted by a new model', () => {
    const { size, shop, once, store } = useRealShopPair(under);
    const product = shop.products[0];

    it('the batch-by-batch counts equal the counts of one import, and both equal the in-memory report', async () => {
      const part = Math.ceil(shop.reviews.length / 5);
      for (let from = 0; from < shop.reviews.length; from += part) {
        await store.insertMany('review', shop.reviews.slice(from, from + part), ['merchant_id', 'id']);
        await extractNewReviews(store, 'batches');
      }
      await extractNewReviews(store, 'once');
      for (const scope of scopesOf(product.id, product.category, '京东')) {
        const batched = await fromCounts(store, 'batches', scope);
        expect(batched.painPoints.length, JSON.stringify(scope)).toBeGreaterThan(0);
        expect(batched, JSON.stringify(scope)).toEqual(await fromCounts(store, 'once', scope));
        expect(batched, JSON.stringify(scope)).toEqual(await reference(store, 'batches', scope));
      }
    }, 900_000);

    it('stays equal when a new model re-extracts a part of the reviews and the counts are replaced, not added', async () => {
      // The "new model" reads every complaint about 物流 as one about 包装, on the oldest tenth.
      const relabel = (texts: readonly string[]) =>
        texts.map((text) => [
          { aspect: '包装', aspectGroup: '包装', opinion: '太差', polarity: 'negative' as const, clause: text.slice(0, 20) },
          ...(text.includes('快') ? [{ aspect: '物流', aspectGroup: '物流', opinion: '快', polarity: 'positive' as const, clause: text.slice(0, 20) }] : []),
        ]);
      const tenth = Math.ceil(size / 10);
      expect(await extractNewReviews(store, 'batches', relabel, 'test-v2', tenth)).toBe(tenth);
      for (const scope of [{}, { owner: 'all' as const }, { productId: product.id, owner: 'all' as const }]) {
        const { extractedNow, pendingReviews, ...partial } = await painPointReportFor(store, 'batches', scope, 0);
        // Every review waits for the committed model again, and counts with what it has until then.
        expect(pendingReviews).toBe(size);
        expect(partial, JSON.stringify(scope)).toEqual(await reference(store, 'batches', scope));
      }
      // And back to the committed model: the same report as before the detour.
      await extractNewReviews(store, 'batches');
      expect(await fromCounts(store, 'batches', {})).toEqual(await fromCounts(store, 'once', {}));
    }, 900_000);
  });
});
