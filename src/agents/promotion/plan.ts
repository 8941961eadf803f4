import type { AdCampaign, KeywordVolume, Product } from '../../domain/types.js';
import type { SpendRequest } from '../../domain/spend-proposal.js';
import { unitMargin } from '../margin.js';
import { unbackedFeatures } from '../product/claims-backing.js';
import { productForTerm } from '../product-match.js';
import { keywordTrends } from './volume-trend.js';

/**
 * Share of paid clicks that become orders for low-priced home goods on Taobao/Pinduoduo search ads
 * (1–3 % is typical); 2 % plans safely until the merchant imports their own ad reports.
 */
export const CONVERSION_RATE = 0.02;
/** Share of searches that click a mid-page ad; search ads sit around 1–3 %. */
export const CLICK_THROUGH_RATE = 0.02;
/**
 * Bid half of what one click is worth in margin: ads then pay for themselves even if conversion
 * comes in at half the planning rate, and the other half of the margin stays with the shop.
 */
export const BID_SHARE_OF_BREAK_EVEN = 0.5;
/** Platforms refuse bids below about one jiao. */
export const MIN_BID_YUAN = 0.1;
/** Taobao's 直通车 will not take a campaign daily budget under 30 yuan. */
export const MIN_DAILY_BUDGET_YUAN = 30;
/** Search growth above which a keyword is worth paying for before competitors notice. */
export const RISING_GROWTH = 0.2;
/** A proposal commits one week of budget; the owner looks again at the next weekly plan. */
export const BUDGET_DAYS = 7;

export type PromotionAction = 'add_keyword' | 'resume_campaign' | 'raise_daily_budget' | 'none';

export interface KeywordAdvice {
  keyword: string;
  platform: string;
  productId: string | null;
  weeklySearches: number;
  growth: number;
  /** What one click is worth: margin per order × conversion rate. */
  breakEvenBidYuan: number;
  bidYuan: number;
  expectedDailyClicks: number;
  dailyBudgetYuan: number;
  campaignId: string | null;
  /** Grew past RISING_GROWTH and, when the trend radar was consulted, the radar agrees it is no fluke. */
  rising: boolean;
  action: PromotionAction;
  /** Yuan this action commits over BUDGET_DAYS; 0 when nothing is proposed. */
  commitYuan: number;
  reason: string;
}

export type PromotionProduct = Pick<Product, 'id' | 'name' | 'category' | 'price' | 'unitCost' | 'attributes'>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * `radarConfirmed`: keywords the trend radar flags as rising after false-discovery control; when
 * given, growth alone is not enough, so a noisy small keyword does not get a budget.
 */
export function adviseKeywords(
  products: PromotionProduct[],
  volumes: KeywordVolume[],
  campaigns: AdCampaign[],
  radarConfirmed?: ReadonlySet<string>,
): KeywordAdvice[] {
  return keywordTrends(volumes)
    .map((trend) => {
      const product = productForTerm(trend.keyword, products);
      const campaign = campaigns.find((c) => c.platform === trend.platform && c.keywords.includes(trend.keyword) && c.status !== 'ended');
      const grew = trend.growth >= RISING_GROWTH;
      const rising = grew && (!radarConfirmed || radarConfirmed.has(trend.keyword));
      const base = { keyword: trend.keyword, platform: trend.platform, weeklySearches: trend.latestWeekly, growth: round2(trend.growth), rising };
      if (!product || product.price === null) {
        return { ...base, productId: null, breakEvenBidYuan: 0, bidYuan: 0, expectedDailyClicks: 0, dailyBudgetYuan: 0, campaignId: campaign?.id ?? null, action: 'none' as const, commitYuan: 0, reason: '没有对应的在售商品，不投' };
      }
      const breakEven = unitMargin(product) * CONVERSION_RATE;
      const bid = Math.max(MIN_BID_YUAN, round2(breakEven * BID_SHARE_OF_BREAK_EVEN));
      const clicks = (trend.latestWeekly / 7) * CLICK_THROUGH_RATE;
      const need = Math.ceil(clicks * bid);
      const advice = {
        ...base, productId: product.id, breakEvenBidYuan: round2(breakEven), bidYuan: bid, expectedDailyClicks: Math.round(clicks * 10) / 10,
        dailyBudgetYuan: Math.max(MIN_DAILY_BUDGET_YUAN, need), campaignId: campaign?.id ?? null,
      };
      const facts = [product.name, product.category, ...Object.entries(product.attributes).flat()].join(' ');
      const unbacked = unbackedFeatures(trend.keyword, facts);
      if (unbacked.length > 0) {
        return { ...advice, action: 'none' as const, commitYuan: 0, reason: `${product.name}没有写明「${unbacked.join('、')}」，搜这个词的买家点进来也不会买` };
      }
      return { ...advice, ...decide(advice, trend.growth, grew, rising, campaign) };
    })
    .sort((a, b) => b.commitYuan - a.commitYuan || b.growth - a.growth);
}

function decide(
  advice: { dailyBudgetYuan: number; bidYuan: number },
  growth: number,
  grew: boolean,
  rising: boolean,
  campaign: AdCampaign | undefined,
): { action: PromotionAction; commitYuan: number; reason: string } {
  const pct = `${Math.round(growth * 100)}%`;
  if (campaign) return { action: 'none', commitYuan: 0, reason: `已在「${campaign.name}」里，建议出价${advice.bidYuan}元` };
  if (rising) return { action: 'add_keyword', commitYuan: advice.dailyBudgetYuan * BUDGET_DAYS, reason: `搜索量近4周涨了${pct}，还没投，建议出价${advice.bidYuan}元` };
  if (grew) return { action: 'none', commitYuan: 0, reason: `搜索量涨了${pct}，但趋势检验还不显著，先观察` };
  return { action: 'none', commitYuan: 0, reason: `搜索量变化${pct}，不急着投` };
}

export interface CampaignBudgetAdvice {
  campaignId: string;
  name: string;
  platform: string;
  status: AdCampaign['status'];
  dailyBudgetYuan: number;
  /** What its keywords' searches can use at the advised bids. */
  neededDailyYuan: number;
  action: PromotionAction;
  commitYuan: number;
  reason: string;
}

/**
 * A campaign's daily budget is shared by its keywords, so it is judged as a whole: resume a
 * paused one whose keywords are rising, raise an active one that rising searches would exhaust,
 * and point out money an active one cannot usefully spend.
 */
export function adviseCampaignBudgets(advice: KeywordAdvice[], campaigns: AdCampaign[]): CampaignBudgetAdvice[] {
  return campaigns
    .filter((c) => c.status === 'active' || c.status === 'paused')
    .map((campaign) => {
      const mine = advice.filter((a) => a.campaignId === campaign.id && a.productId !== null);
      const needed = Math.max(MIN_DAILY_BUDGET_YUAN, Math.ceil(mine.reduce((s, a) => s + a.expectedDailyClicks * a.bidYuan, 0)));
      const rising = mine.filter((a) => a.rising).map((a) => a.keyword);
      const base = { campaignId: campaign.id, name: campaign.name, platform: campaign.platform, status: campaign.status, dailyBudgetYuan: campaign.dailyBudget, neededDailyYuan: needed };
      if (mine.length === 0) return { ...base, action: 'none' as const, commitYuan: 0, reason: '没有这个平台的搜索量数据，无法判断' };
      if (campaign.status === 'paused') {
        return rising.length > 0
          ? { ...base, action: 'resume_campaign' as const, commitYuan: campaign.dailyBudget * BUDGET_DAYS, reason: `「${rising.join('、')}」搜索量在涨，暂停中的计划值得重新开` }
          : { ...base, action: 'none' as const, commitYuan: 0, reason: '关键词搜索量没涨，继续暂停' };
      }
      if (rising.length > 0 && needed > campaign.dailyBudget) {
        return { ...base, action: 'raise_daily_budget' as const, commitYuan: (needed - campaign.dailyBudget) * BUDGET_DAYS, reason: `「${rising.join('、')}」搜索量在涨，日预算${campaign.dailyBudget}元不够，建议加到${needed}元` };
      }
      const spare = campaign.dailyBudget - needed;
      return {
        ...base, action: 'none' as const, commitYuan: 0,
        reason: spare > 0 ? `按现在的搜索量每天约${needed}元就够，日预算可以降${spare}元` : '预算合适',
      };
    });
}

/** Turns advice into money-guard requests; the promotion specialist never spends by itself. */
export function promotionSpendRequests(keywords: KeywordAdvice[], budgets: CampaignBudgetAdvice[], weekOf: string): SpendRequest[] {
  // One proposal per subject, action and week, however often the agent is run.
  const fromKeywords = keywords.filter((a) => a.action !== 'none').map((a) => ({
    agent: 'promotion',
    action: a.action,
    amountYuan: a.commitYuan,
    channel: `ad:${a.platform}`,
    description: `${a.platform}投「${a.keyword}」：${a.reason}；${BUDGET_DAYS}天最多花${a.commitYuan}元`,
    payload: { keyword: a.keyword, platform: a.platform, productId: a.productId, bidYuan: a.bidYuan, dailyBudgetYuan: a.dailyBudgetYuan },
    idempotencyKey: `promotion:${a.platform}:${a.keyword}:${a.action}:${weekOf}`,
  }));
  const fromBudgets = budgets.filter((b) => b.action !== 'none').map((b) => ({
    agent: 'promotion',
    action: b.action,
    amountYuan: b.commitYuan,
    channel: `ad:${b.platform}`,
    description: `「${b.name}」：${b.reason}；${BUDGET_DAYS}天多花${b.commitYuan}元`,
    payload: { campaignId: b.campaignId, platform: b.platform, dailyBudgetYuan: b.action === 'raise_daily_budget' ? b.neededDailyYuan : b.dailyBudgetYuan },
    idempotencyKey: `promotion:${b.campaignId}:${b.action}:${weekOf}`,
  }));
  return [...fromKeywords, ...fromBudgets];
}
