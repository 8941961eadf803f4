import { describe, expect, it } from 'vitest';
import {
  addConceptComments,
  createConceptTest,
  listLaunchPlans,
  loadConceptTest,
  loadOpportunityWeights,
  saveLaunchPlan,
  saveOpportunityWeights,
  setVariantCounts,
} from './selection.js';
import { SHOPS_A_AND_B, useFreshStore } from './test-hooks.js';
import { storesUnderTest } from './testing.js';

describe.each(storesUnderTest())('selection store on $name', (under) => {
  const store = useFreshStore(under, { merchants: SHOPS_A_AND_B });

  it('keeps each merchant’s launch plans to itself', async () => {
    const plan = { mouldCost: 300_000, leadTimeDays: 45, minimumOrder: 3_000, unitCost: 12, price: 49, sellingWeeks: 26,
      demand: { kind: 'fixed' as const, units: 10_000 }, startDate: '2026-03-01' };
    await saveLaunchPlan(store, 'a', '60L 收纳箱新模', plan);
    expect((await listLaunchPlans(store, 'a')).map((p) => [p.name, p.plan])).toEqual([['60L 收纳箱新模', plan]]);
    expect(await listLaunchPlans(store, 'b')).toEqual([]);
  });

  it('stores concept reactions as totals and comments with their sentiment', async () => {
    const id = await createConceptTest(store, 'a', { name: '拉杆颜色', variants: ['墨绿', '卡其'] });
    await setVariantCounts(store, 'a', id, '墨绿', { views: 100, likes: 10, saves: 4, intentAsked: 0, intentYes: 0 });
    await setVariantCounts(store, 'a', id, '墨绿', { views: 250, likes: 21, saves: 9, intentAsked: 20, intentYes: 6 });
    await addConceptComments(store, 'a', id, '卡其', [{ text: '好看，求链接', sentiment: 0.9 }, { text: '一般', sentiment: 0.4 }]);
    const test = await loadConceptTest(store, 'a', id);
    expect(test!.variants).toEqual([
      { name: '卡其', views: 0, likes: 0, saves: 0, intentAsked: 0, intentYes: 0 },
      { name: '墨绿', views: 250, likes: 21, saves: 9, intentAsked: 20, intentYes: 6 },
    ]);
    expect(test!.comments).toEqual(expect.arrayContaining([
      { variant: '卡其', text: '好看，求链接', sentiment: 0.9 },
      { variant: '卡其', text: '一般', sentiment: 0.4 },
    ]));
    expect(await loadConceptTest(store, 'b', id)).toBeNull();
  });

  it('round-trips the merchant’s opportunity weights', async () => {
    expect(await loadOpportunityWeights(store, 'a')).toEqual({});
    await saveOpportunityWeights(store, 'a', { margin: 0.4 });
    await saveOpportunityWeights(store, 'a', { margin: 0.5, demand: 0.1 });
    expect(await loadOpportunityWeights(store, 'a')).toEqual({ margin: 0.5, demand: 0.1 });
    expect(await loadOpportunityWeights(store, 'b')).toEqual({});
  });
});
