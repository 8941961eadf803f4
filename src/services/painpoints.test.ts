import { describe, expect, it } from 'vitest';
import { merchantAspectGroups, merchantAspectGroupsFromCounts } from '../painpoints/report/merchant-aspect-groups.js';
import { listGroupingCounts } from '../store/painpoint-counts.js';
import { rankPainPoints } from '../painpoints/report/ranking.js';
import { handleNames, praiseReviews, trolleyComplaints } from '../painpoints/report/testing.js';
import { listGroupingReviews, listReviewMentions } from '../store/painpoints.js';
import { useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { extractNewReviews, painPointReportFor } from './painpoints.js';
import { trendReportFor, trendSeriesFor } from './trends.js';

const product = (id: string, owner: 'own' | 'competitor', category: string) => ({
  merchant_id: 'm1', id, sku: id, name: `${category}${id}`, category, price: 99, unit_cost: null, attributes: '{}',
  owner, brand: owner === 'own' ? '好收纳' : '野趣', platform: '淘宝',
});

let serial = 0;
const review = (merchant: string, productId: string, text: string, day: number, rating: number) => ({
  merchant_id: merchant, id: `R${++serial}`, platform: day % 2 ? '淘宝' : '拼多多', product_id: productId, rating, text,
  language: 'zh', reviewed_at: new Date(Date.UTC(2026, 5, 1) + day * 86_400_000).toISOString(), helpful_votes: 0, author: null,
});

/** The trend radar's window in the tests below. */
const WINDOW_DAYS = 90;

/** Counts calls, so the test sees which reviews were (re)analysed. */
function countingExtractor() {
  const seen: string[] = [];
  return {
    seen,
    extract: (texts: readonly string[]) =>
      texts.map((text) => (seen.push(text), [{ aspect: '拉杆', aspectGroup: '拉杆', opinion: '不能调', polarity: 'negative' as const, clause: text }])),
  };
}

describe.each(storesUnderTest())('pain-point store on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: [{ id: 'm1', name: '台州厂' }, { id: 'm2', name: '宁波厂' }],
    seed: async (store) => {
      await store.insertMany('product', [product('P1', 'own', '露营车'), product('C1', 'competitor', '露营车'), product('P2', 'own', '收纳箱')], ['merchant_id', 'id']);
      await store.insertMany('review', [
        ...Array.from({ length: 6 }, (_, i) => review('m1', 'P1', '拉杆角度不能调，弯腰拉很累', i, 2)),
        ...Array.from({ length: 4 }, (_, i) => review('m1', 'P1', '轮子顺滑，拉起来轻松', i, 5)),
        ...Array.from({ length: 5 }, (_, i) => review('m1', 'C1', '价格太贵了，收起来还是很占地方', 10 + i, 3)),
        ...Array.from({ length: 3 }, (_, i) => review('m1', 'P2', '盖子卡扣太紧，很难打开', 20 + i, 2)),
        review('m2', null as unknown as string, '拉杆角度不能调', 1, 1),
      ], ['merchant_id', 'id']);
    },
  });

  it('extracts each review once per model version and only new reviews afterwards', async () => {
    const first = countingExtractor();
    expect(await extractNewReviews(store, 'm1', first.extract, 'v1')).toBe(18);
    expect(await extractNewReviews(store, 'm1', first.extract, 'v1')).toBe(0);
    await store.insertMany('review', [review('m1', 'P1', '拉杆角度不能调', 30, 1)], ['merchant_id', 'id']);
    const second = countingExtractor();
    expect(await extractNewReviews(store, 'm1', second.extract, 'v1')).toBe(1);
    expect(second.seen).toEqual(['拉杆角度不能调']);
    // A new model re-extracts everything, replacing the old rows rather than adding to them.
    expect(await extractNewReviews(store, 'm1', countingExtractor().extract, 'v2')).toBe(19);
    const stored = await store.db.selectFrom('aspect_opinion').select((eb) => eb.fn.countAll<number>().as('n')).where('merchant_id', '=', 'm1').executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(19);
    // The other merchant's review was never touched.
    expect(first.seen.concat(second.seen)).toHaveLength(19);
  });

  it('extracts a pass bigger than one batch once each, reviews of the same moment included', async () => {
    // Past one batch (5,000) and all at one time, so only the id tells a batch where to go on.
    const sameMoment = Array.from({ length: 10_100 }, (_, i) => ({ ...review('m2', 'P1', `评价${i}`, 5, 3), reviewed_at: '2026-06-06T00:00:00.000Z' }));
    await store.insertMany('review', sameMoment, ['merchant_id', 'id']);
    const counting = countingExtractor();
    expect(await extractNewReviews(store, 'm2', counting.extract, 'v1')).toBe(10_101);
    expect(new Set(counting.seen).size).toBe(10_101);
    await store.db.deleteFrom('aspect_opinion').where('merchant_id', '=', 'm2').execute();
    await store.db.deleteFrom('review_extraction').where('merchant_id', '=', 'm2').execute();
    await store.db.deleteFrom('review').where('merchant_id', '=', 'm2').where('id', 'in', sameMoment.map((r) => r.id)).execute();
    // As imported: m2's first review waits for extraction again.
    await store.db.updateTable('review').set({ extraction_pending: 1 }).where('merchant_id', '=', 'm2').execute();
  });

  it('lists reviews in scope with their product and stored triples', async () => {
    const camping = await listReviewMentions(store, 'm1', { category: '露营车' });
    expect(camping).toHaveLength(16);
    expect(new Set(camping.map((r) => r.owner))).toEqual(new Set(['own', 'competitor']));
    expect(camping.every((r) => r.opinions.length === 1 && r.opinions[0].aspectGroup === '拉杆')).toBe(true);
    expect(await listReviewMentions(store, 'm1', { productId: 'P2' })).toHaveLength(3);
    expect(await listReviewMentions(store, 'm1', { since: '2026-06-20' })).toHaveLength(4);
    expect(await listReviewMentions(store, 'm1', { platform: '拼多多' })).toHaveLength(11);
    // Not yet extracted: left out until it is.
    expect(await listReviewMentions(store, 'm2', {})).toHaveLength(0);
    expect(await extractNewReviews(store, 'm2', countingExtractor().extract, 'v2')).toBe(1);
    expect(await listReviewMentions(store, 'm2', {})).toHaveLength(1);
  });

  it('builds the report with the committed model, per product and for competitors', async () => {
    const report = await painPointReportFor(store, 'm1', {});
    expect(report.extractedNow).toBe(19);
    // The merchant's own products by default: C1's five reviews are the competitor's.
    expect(report.owner).toBe('own');
    expect(report.reviews).toBe(14);
    expect((await painPointReportFor(store, 'm1', { owner: 'all' })).reviews).toBe(19);
    const handle = report.painPoints.find((p) => p.group === '拉杆');
    expect(handle?.reviews).toBe(7);
    expect(handle?.label).toBe('拉杆角度不能调');
    expect(handle?.evidence.length).toBeGreaterThanOrEqual(1);
    expect(handle?.starsCost).toBeGreaterThan(1);
    expect(report.byProduct.map((s) => s.key)).toEqual(['P1', 'P2']);
    // Competitors' complaints stay in their own list and the gap, whatever the page counts.
    expect(report.byCompetitor.map((s) => s.key)).toEqual(['野趣']);
    expect(report.byCompetitor[0].reviews).toBe(5);
    expect((await painPointReportFor(store, 'm1', {})).extractedNow).toBe(0);
  });

  it('extracts at most the requested number per report and says how many wait', async () => {
    await store.insertMany('review', Array.from({ length: 5 }, (_, i) => review('m1', 'P2', '盖子卡扣太紧，很难打开', 40 + i, 2)), ['merchant_id', 'id']);
    const partial = await painPointReportFor(store, 'm1', {}, 2);
    expect(partial.extractedNow).toBe(2);
    expect(partial.pendingReviews).toBe(3);
    expect(partial.reviews).toBe(16);
    const rest = await painPointReportFor(store, 'm1', {}, 10);
    expect([rest.extractedNow, rest.pendingReviews, rest.reviews]).toEqual([3, 0, 19]);
  });
});

describe.each(storesUnderTest())('merchant aspect groups in the pain-point report on $name', (under) => {
  // A trolley shop whose buyers call the handle 拉杆, 把手 or 拉手; a storage box shop sells beside it.
  const texts = [...trolleyComplaints, ...praiseReviews];
  const store = useFreshStore(under, {
    merchants: [{ id: 'm3', name: '永康厂' }],
    seed: async (store) => {
      await store.insertMany('product', [{ ...product('P1', 'own', '露营车'), merchant_id: 'm3' }, { ...product('P2', 'own', '收纳箱'), merchant_id: 'm3' }], ['merchant_id', 'id']);
      await store.insertMany('review', [
        // Spread over two months so the last days hold a few of each handle name.
        ...texts.map((text, i) => review('m3', 'P1', text, (i * 7) % 60, trolleyComplaints.includes(text) ? 2 : 5)),
        ...Array.from({ length: 4 }, (_, i) => review('m3', 'P2', '盖子卡扣太紧，很难打开', i, 2)),
      ], ['merchant_id', 'id']);
    },
  });
  const isHandle = (group: string) => handleNames.includes(group);

  it('shows the handle complaint as one pain point, counting every review under any of its three names', async () => {
    const report = await painPointReportFor(store, 'm3', {});
    const handle = report.painPoints.filter((p) => isHandle(p.group));
    expect(handle).toHaveLength(1);
    expect(report.painPoints[0]).toBe(handle[0]);
    // The stored extractions still hold the model's three groups; the report counts every review naming any.
    const stored = await listReviewMentions(store, 'm3', {});
    expect(new Set(stored.flatMap((r) => r.opinions.map((o) => o.aspectGroup)).filter(isHandle)).size).toBe(3);
    expect(handle[0].reviews).toBe(stored.filter((r) => r.opinions.some((o) => isHandle(o.aspectGroup) && o.polarity === 'negative')).length);
    // Only the five commonest phrasings are shown, and every name is said equally often: several names show.
    expect(new Set(handle[0].phrasings.map((p) => handleNames.find((h) => p.text.startsWith(h)))).size).toBeGreaterThan(1);
  });

  it('groups a narrow scope the way the whole shop is grouped', async () => {
    // The last days alone hold too few reviews to learn the merge from; the shop's groups still apply.
    const scope = { productId: 'P1', since: '2026-07-21' };
    const recent = await painPointReportFor(store, 'm3', scope);
    expect(recent.reviews).toBeLessThan(texts.length / 4);
    expect(rankPainPoints(await listReviewMentions(store, 'm3', scope)).filter((p) => isHandle(p.group)).length).toBeGreaterThan(1);
    expect(recent.painPoints.filter((p) => isHandle(p.group))).toHaveLength(1);
    const boxes = await painPointReportFor(store, 'm3', { productId: 'P2' });
    expect(boxes.painPoints.map((p) => p.group)).not.toContain('拉杆');
  });

  it('learns the groups from the triples alone as from the whole reviews', async () => {
    await extractNewReviews(store, 'm3');
    const fromReviews = merchantAspectGroups(await listReviewMentions(store, 'm3', {}));
    expect(Object.keys(fromReviews).filter(isHandle)).toHaveLength(3);
    expect(merchantAspectGroups(await listGroupingReviews(store, 'm3'))).toEqual(fromReviews);
    // …and from the stored counts the report learns them from.
    expect(merchantAspectGroupsFromCounts(await listGroupingCounts(store, 'm3'))).toEqual(fromReviews);
  });
});

describe.each(storesUnderTest())('merchant aspect groups of a scoped report after new reviews on $name', (under) => {
  const handleFirst = trolleyComplaints.filter((text) => text.startsWith('拉杆'));
  const otherNames = trolleyComplaints.filter((text) => !text.startsWith('拉杆'));
  const store = useFreshStore(under, {
    merchants: [{ id: 'm5', name: '永康厂' }],
    seed: async (store) => {
      await store.insertMany('product', [{ ...product('P1', 'own', '露营车'), merchant_id: 'm5' }], ['merchant_id', 'id']);
      await store.insertMany('review', [...handleFirst, ...praiseReviews].map((text, i) => review('m5', 'P1', text, i % 60, 3)), ['merchant_id', 'id']);
    },
  });

  it('learns the groups again once new reviews are extracted', async () => {
    const before = await painPointReportFor(store, 'm5', { productId: 'P1' });
    expect(before.painPoints.filter((p) => handleNames.includes(p.group)).map((p) => p.group)).toEqual(['拉杆']);
    // Buyers start calling the handle 把手 and 拉手 too: the product's page counts all three names as one.
    await store.insertMany('review', otherNames.map((text, i) => review('m5', 'P1', text, 60 + (i % 20), 2)), ['merchant_id', 'id']);
    const after = await painPointReportFor(store, 'm5', { productId: 'P1' });
    const handle = after.painPoints.filter((p) => handleNames.includes(p.group));
    expect(handle).toHaveLength(1);
    const stored = await listReviewMentions(store, 'm5', { productId: 'P1' });
    expect(handle[0].reviews).toBe(stored.filter((r) => r.opinions.some((o) => handleNames.includes(o.aspectGroup) && o.polarity === 'negative')).length);
  });
});

describe.each(storesUnderTest())('merchant aspect groups on the trend radar on $name', (under) => {
  const handleFirst = trolleyComplaints.filter((text) => text.startsWith('拉杆'));
  const otherNames = trolleyComplaints.filter((text) => !text.startsWith('拉杆'));
  const store = useFreshStore(under, {
    merchants: [{ id: 'm4', name: '永康厂' }],
    seed: async (store) => {
      await store.insertMany('product', [{ ...product('P1', 'own', '露营车'), merchant_id: 'm4' }], ['merchant_id', 'id']);
      await store.insertMany('review', [...handleFirst, ...praiseReviews].map((text, i) => review('m4', 'P1', text, i % 60, 3)), ['merchant_id', 'id']);
    },
  });
  const painPointSeries = (key: string) => trendSeriesFor(store, 'm4', WINDOW_DAYS, 'painpoint', key);

  it('trends the handle under the merchant\'s merged group, rebuilt when new reviews merge its names', async () => {
    await trendReportFor(store, 'm4', WINDOW_DAYS);
    expect(await painPointSeries('拉杆')).not.toBeNull();
    // Buyers start calling the handle 把手 and 拉手 too: the groups change, and the radar follows them.
    await store.insertMany('review', otherNames.map((text, i) => review('m4', 'P1', text, 60 + (i % 20), 2)), ['merchant_id', 'id']);
    const merged = (await painPointReportFor(store, 'm4', {})).painPoints.find((p) => handleNames.includes(p.group))!.group;
    const report = await trendReportFor(store, 'm4', WINDOW_DAYS);
    // Only the new reviews came in; the radar is rebuilt from the stored counts under the new groups.
    expect(report.newRows).toBe(otherNames.length);
    expect(await painPointSeries(merged)).not.toBeNull();
    for (const name of handleNames.filter((n) => n !== merged)) expect(await painPointSeries(name)).toBeNull();
  });
});
