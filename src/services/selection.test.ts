import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { firstSeasonUnits } from '../selection/season-history.js';
import { addConceptComments, createConceptTest, setVariantCounts } from '../store/selection.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { rankOpportunities } from '../selection/opportunity.js';
import { categoryDemand } from '../selection/category-demand.js';
import { realAmazonReviews } from '../ingest/testing.js';
import { conceptTest, gatherOpportunityInputs, opportunitiesFor, recordConceptReactions, reviewDemand, similarProductSeasons } from './selection.js';

/** Enough demo reviews per product for pain points to show while extraction stays quick. */
const REVIEWS_PER_PRODUCT = 150;

describe.each(storesUnderTest())('selection use cases on $name', (under) => {
  const rows = generateDemo('a');
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: (store) => insertDemoRows(store, {
      product: rows.product,
      review: rows.product.flatMap((p) => rows.review.filter((r) => r.product_id === p.id).slice(0, REVIEWS_PER_PRODUCT)),
      sales_order: rows.sales_order,
      order_line: rows.order_line,
      keyword_volume: rows.keyword_volume,
    }),
  });

  it('scores a variant’s comments and counts those asking to buy', async () => {
    const id = await createConceptTest(store, 'a', { name: '拉杆颜色', variants: ['墨绿', '卡其'] });
    await setVariantCounts(store, 'a', id, '墨绿', { views: 250, likes: 21, saves: 9, intentAsked: 20, intentYes: 6 });
    await addConceptComments(store, 'a', id, '卡其', [{ text: '好看，求链接', sentiment: 0.9 }, { text: '一般', sentiment: 0.4 }]);
    const test = await conceptTest(store, 'a', id);
    expect(test!.variants).toEqual([
      { name: '卡其', views: 0, likes: 0, saves: 0, intentAsked: 0, intentYes: 0, commentScores: expect.arrayContaining([0.9, 0.4]), buyingComments: 1 },
      { name: '墨绿', views: 250, likes: 21, saves: 9, intentAsked: 20, intentYes: 6, commentScores: [], buyingComments: 0 },
    ]);
    expect(await conceptTest(store, 'b', id)).toBeNull();
  });

  it('records reactions: counts left out keep their value, comments are scored', async () => {
    const id = await createConceptTest(store, 'a', { name: '箱盖', variants: ['透明', '磨砂'] });
    await recordConceptReactions(store, 'a', id, '透明', { counts: { views: 400, likes: 30, saves: 5, intentAsked: 0, intentYes: 0 }, comments: [] });
    const { test } = await recordConceptReactions(store, 'a', id, '透明', { counts: { likes: 32 }, comments: ['求链接，什么时候上架'] });
    const clear = test.variants.find((v) => v.name === '透明')!;
    expect([clear.views, clear.likes, clear.saves]).toEqual([400, 32, 5]);
    expect(clear.buyingComments).toBe(1);
    await expect(recordConceptReactions(store, 'a', id, '金属', { comments: [] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(recordConceptReactions(store, 'b', id, '透明', { comments: [] })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reads first-season sales of own products in a category', async () => {
    const ownInCategory = new Set(rows.product.filter((p) => p.category === '收纳箱' && p.owner === 'own').map((p) => p.id));
    const orderDate = new Map(rows.sales_order.map((o) => [o.id, String(o.ordered_at)]));
    const expected = firstSeasonUnits(
      rows.order_line
        .filter((l) => ownInCategory.has(String(l.product_id)))
        .map((l) => ({ productId: String(l.product_id), at: orderDate.get(String(l.order_id))!, units: Number(l.quantity) })),
      8,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect((await similarProductSeasons(store, 'a', '收纳箱', 8)).sort()).toEqual(expected.sort());
    expect(await similarProductSeasons(store, 'b', '收纳箱', 8)).toEqual([]);
  });

  it('gathers demand, pain points and competitor listings per category', async () => {
    const inputs = await gatherOpportunityInputs(store, 'a');
    expect(inputs.map((i) => i.idea.category).sort()).toEqual(['收纳箱', '露营车']);
    const boxes = inputs.find((i) => i.idea.category === '收纳箱')!;
    // The demo has search volumes for keywords naming the category, so demand is read from searches.
    expect(boxes.demand!.unit).toBe('searches');
    expect(boxes.competitors.map((c) => c.id)).toEqual(['C-BOX']);
    expect(boxes.competitors[0].words.length).toBeGreaterThan(20);
    expect(boxes.idea.unitCost).toBe((23 + 9.5) / 2);
    expect(boxes.painPoints.length).toBeGreaterThan(0);
    expect(await gatherOpportunityInputs(store, 'b')).toEqual([]);
  });

  it('counts review demand per week in the database as every review read one by one does (Amazon reviews with their real dates)', async () => {
    const amazon = realAmazonReviews(5_000).filter((r) => !Number.isNaN(Date.parse(r.date)));
    // Three listings in two categories, and a product not in the catalogue, whose reviews count nowhere.
    const listings = [{ id: 'K1', category: '电子书' }, { id: 'K2', category: '电子书' }, { id: 'E1', category: '音箱' }, { id: 'GONE', category: null }];
    await store.insertMany('product', listings.filter((l) => l.category).map((l) => ({
      merchant_id: 'b', id: l.id, sku: l.id, name: l.id, category: l.category!, price: 99, unit_cost: null, attributes: '{}', owner: 'own', brand: null, platform: null,
    })), ['merchant_id', 'id']);
    const reviews = amazon.map((r, i) => ({
      merchant_id: 'b', id: `AZ${i}`, platform: 'amazon', product_id: listings[i % listings.length].id, rating: Number(r.rating) || null, text: r.text,
      language: 'en' as const, reviewed_at: new Date(Date.parse(r.date)).toISOString(), helpful_votes: 0, author: r.username, extraction_pending: 0,
    }));
    await store.insertMany('review', reviews, ['merchant_id', 'id']);
    const categoryOf = new Map(listings.map((l) => [l.id, l.category]));
    const reference = categoryDemand(
      reviews.flatMap((r) => (categoryOf.get(r.product_id) ? [{ category: categoryOf.get(r.product_id)!, at: r.reviewed_at, weight: 1 }] : [])),
      'reviews',
    );
    expect([...reference.keys()].sort()).toEqual(['电子书', '音箱']);
    const counted = await reviewDemand(store, 'b');
    expect(new Map([...counted].sort())).toEqual(new Map([...reference].sort()));
    expect(await reviewDemand(store, 'nobody')).toEqual(new Map());
  });

  it('ranks categories as freshly gathered inputs do, and follows reviews that land later', async () => {
    const ranked = async () => (await opportunitiesFor(store, 'a')).opportunities;
    expect(await ranked()).toEqual(rankOpportunities(await gatherOpportunityInputs(store, 'a')));
    const seeded = new Set(rows.product.flatMap((p) => rows.review.filter((r) => r.product_id === p.id).slice(0, REVIEWS_PER_PRODUCT)).map((r) => r.id));
    const later = rows.review.filter((r) => !seeded.has(r.id)).slice(0, 300);
    expect(later.length).toBe(300);
    const before = await ranked();
    await insertDemoRows(store, { review: later });
    const after = await ranked();
    expect(after).toEqual(rankOpportunities(await gatherOpportunityInputs(store, 'a')));
    expect(after).not.toEqual(before);
  });
});
