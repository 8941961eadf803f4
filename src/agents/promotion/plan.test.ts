import { describe, expect, it } from 'vitest';
import type { AdCampaign, KeywordVolume } from '../../domain/types.js';
import { adviseCampaignBudgets, adviseKeywords, BUDGET_DAYS, MIN_DAILY_BUDGET_YUAN, promotionSpendRequests, type PromotionProduct } from './plan.js';

const products: PromotionProduct[] = [
  { id: 'P-TROLLEY', name: '户外折叠露营手拉车', category: '露营车', price: 269, unitCost: 142, attributes: { 材质: '加厚牛津布+钢管' } },
  { id: 'P-BOX-L', name: '加厚透明收纳箱 60L', category: '收纳箱', price: 59, unitCost: 23, attributes: { 容量: '60L' } },
];

/** Eight weekly points: `before` searches for four weeks, then `after` for four. */
function weeks(keyword: string, platform: string, before: number, after: number): KeywordVolume[] {
  return Array.from({ length: 8 }, (_, w) => ({
    merchantId: 'm', keyword, platform, bucket: 'week' as const,
    bucketStart: new Date(Date.UTC(2026, 8, 7 + w * 7)).toISOString(), volume: w < 4 ? before : after,
  }));
}

const campaign = (id: string, status: AdCampaign['status'], dailyBudget: number, keywords: string[], platform = '淘宝'): AdCampaign => ({
  merchantId: 'm', id, platform, name: `计划${id}`, status, dailyBudget, keywords, startedAt: null,
});

describe('promotion specialist', () => {
  it('proposes a rising keyword with a bid worth half a click\'s margin', () => {
    const [advice] = adviseKeywords(products, weeks('透明收纳箱', '淘宝', 1000, 1500), []);
    expect(advice).toMatchObject({ keyword: '透明收纳箱', productId: 'P-BOX-L', growth: 0.5, action: 'add_keyword' });
    // (59 - 23) yuan margin × 2 % conversion = 0.72 yuan per click; half of it is bid.
    expect(advice.breakEvenBidYuan).toBe(0.72);
    expect(advice.bidYuan).toBe(0.36);
    expect(advice.dailyBudgetYuan).toBe(MIN_DAILY_BUDGET_YUAN);
    expect(advice.commitYuan).toBe(MIN_DAILY_BUDGET_YUAN * BUDGET_DAYS);
  });

  it('does not pay for a search promising a feature the product lacks', () => {
    const [advice] = adviseKeywords(products, weeks('可调节拉杆露营车', '淘宝', 500, 2000), []);
    expect(advice.action).toBe('none');
    expect(advice.reason).toContain('可调节');
  });

  it('waits when the trend radar does not back the growth', () => {
    const [advice] = adviseKeywords(products, weeks('透明收纳箱', '淘宝', 1000, 1500), [], new Set(['衣柜收纳']));
    expect(advice).toMatchObject({ rising: false, action: 'none', commitYuan: 0 });
    expect(advice.reason).toBe('搜索量涨了50%，但趋势检验还不显著，先观察');
    expect(adviseKeywords(products, weeks('透明收纳箱', '淘宝', 1000, 1500), [], new Set(['透明收纳箱']))[0].action).toBe('add_keyword');
  });

  it('leaves flat keywords alone', () => {
    expect(adviseKeywords(products, weeks('收纳箱', '淘宝', 1000, 1050), [])[0].action).toBe('none');
  });

  it('resumes a paused campaign whose keyword is rising and raises a budget rising searches would exhaust', () => {
    const volumes = [...weeks('收纳箱', '拼多多', 1000, 1400), ...weeks('露营车', '淘宝', 40_000, 70_000)];
    const campaigns = [campaign('AD-2', 'paused', 80, ['收纳箱'], '拼多多'), campaign('AD-1', 'active', 50, ['露营车'])];
    const keywords = adviseKeywords(products, volumes, campaigns);
    const budgets = adviseCampaignBudgets(keywords, campaigns);
    expect(budgets.find((b) => b.campaignId === 'AD-2')).toMatchObject({ action: 'resume_campaign', commitYuan: 80 * BUDGET_DAYS });
    // 70,000 searches a week → 200 clicks a day at 2 % CTR, × 1.27 yuan bid = 254 yuan a day.
    expect(budgets.find((b) => b.campaignId === 'AD-1')).toMatchObject({ action: 'raise_daily_budget', neededDailyYuan: 254, commitYuan: (254 - 50) * BUDGET_DAYS });

    const requests = promotionSpendRequests(keywords, budgets, '2026-11-23');
    expect(requests.map((r) => [r.action, r.channel, r.amountYuan])).toEqual([
      ['resume_campaign', 'ad:拼多多', 560],
      ['raise_daily_budget', 'ad:淘宝', 1428],
    ]);
    expect(requests.every((r) => r.agent === 'promotion' && r.idempotencyKey?.endsWith(':2026-11-23'))).toBe(true);
  });

  it('points out budget an active campaign cannot use', () => {
    const campaigns = [campaign('AD-1', 'active', 150, ['露营车'])];
    const keywords = adviseKeywords(products, weeks('露营车', '淘宝', 900, 850), campaigns);
    const [budget] = adviseCampaignBudgets(keywords, campaigns);
    expect(budget).toMatchObject({ action: 'none', neededDailyYuan: 30 });
    expect(budget.reason).toContain('可以降120元');
    expect(promotionSpendRequests(keywords, [budget], '2026-11-23')).toEqual([]);
  });
});
