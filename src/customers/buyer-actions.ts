/**
 * Which buyers are worth the effort: each buyer's expected value and churn risk become one of
 * three actions — keep (alive and valuable), win back (slipping away but was worth a lot), let go.
 */
import type { BuyerHistory } from './buyer-history.js';
import type { BuyerValue } from './clv.js';
import { median } from '../math/summary.js';

export type BuyerAction = 'keep' | 'winBack' | 'letGo';

export interface BuyerRecommendation {
  buyerId: string;
  action: BuyerAction;
  expectedValue: number;
  expectedPurchases: number;
  /** 1 − P(alive). */
  churnRisk: number;
  pastSpend: number;
  daysSinceLastPurchase: number;
  /** Why, as facts the UI words: which thresholds the buyer passed or missed. */
  reasons: BuyerActionReason[];
}

export type BuyerActionReason =
  | { code: 'likelyActive' | 'likelyChurned'; churnRisk: number }
  | { code: 'highExpectedValue' | 'lowExpectedValue'; expectedValue: number; median: number }
  | { code: 'highPastSpend' | 'lowPastSpend'; pastSpend: number; median: number };

// Even odds: past this a buyer is more likely gone than still buying.
const CHURN_RISK_LIMIT = 0.5;

/**
 * Thresholds are the merchant's own medians, so "valuable" means "better than your typical buyer"
 * whatever the product's price level. Sorted by expected value, then by what a win-back could recover.
 */
/** `values[i]` must belong to `histories[i]`, as `valueBuyers` returns them. */
export function recommendBuyerActions(
  histories: readonly BuyerHistory[],
  values: readonly BuyerValue[],
  asOfDay: number,
): BuyerRecommendation[] {
  const medianValue = median(values.map((v) => v.expectedValue));
  const medianSpend = median(histories.map((h) => h.totalSpend));
  const recommendations = histories.map((h, i): BuyerRecommendation => {
    const v = values[i];
    const churnRisk = 1 - v.probabilityAlive;
    const alive = churnRisk < CHURN_RISK_LIMIT;
    const valuable = v.expectedValue >= medianValue;
    const spentALot = h.totalSpend >= medianSpend;
    const action: BuyerAction = alive ? (valuable ? 'keep' : 'letGo') : spentALot ? 'winBack' : 'letGo';
    const reasons: BuyerActionReason[] = [
      { code: alive ? 'likelyActive' : 'likelyChurned', churnRisk },
      alive
        ? { code: valuable ? 'highExpectedValue' : 'lowExpectedValue', expectedValue: v.expectedValue, median: medianValue }
        : { code: spentALot ? 'highPastSpend' : 'lowPastSpend', pastSpend: h.totalSpend, median: medianSpend },
    ];
    return {
      buyerId: h.buyerId,
      action,
      expectedValue: v.expectedValue,
      expectedPurchases: v.expectedPurchases,
      churnRisk,
      pastSpend: h.totalSpend,
      daysSinceLastPurchase: asOfDay - h.lastPurchaseDay,
      reasons,
    };
  });
  return recommendations.sort((p, q) => q.expectedValue - p.expectedValue || q.pastSpend - p.pastSpend);
}
