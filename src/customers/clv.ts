/**
 * Customer lifetime value: BG/NBD says how many purchases to expect, Gamma-Gamma how much each
 * is worth. Fitted once on the cohort, then applied buyer by buyer.
 */
import type { BuyerHistory } from './buyer-history.js';
import { expectedPurchases, fitBgNbd, probabilityAlive, type BgNbdFit } from './bgnbd.js';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaFit } from './gamma-gamma.js';
import { groupBy, groupRepeatPurchases, groupRepeatSpend, repeatPurchaseKey } from './sufficient-statistics.js';

export interface ClvModel {
  purchases: BgNbdFit;
  spend: GammaGammaFit;
}

export interface BuyerValue {
  buyerId: string;
  probabilityAlive: number;
  expectedPurchases: number;
  expectedAverageSpend: number;
  /** Expected revenue over the horizon (purchases × spend), undiscounted. */
  expectedValue: number;
}

export function fitClv(histories: readonly BuyerHistory[]): ClvModel {
  return { purchases: fitBgNbd(groupRepeatPurchases(histories)), spend: fitGammaGamma(groupRepeatSpend(histories)) };
}

/**
 * With q ≤ 1 the fitted spend distribution has no mean (very mixed buyers, e.g. wholesale lots next to
 * single pieces); each buyer's own average order value is then the honest estimate.
 */
export function spendModelUsable(model: ClvModel): boolean {
  return model.spend.buyers > 0 && model.spend.params.q > 1;
}

/** Expected spend per future purchase. */
export function forecastSpend(model: ClvModel, h: BuyerHistory): number {
  return spendModelUsable(model)
    ? expectedAverageSpend(model.spend.params, h.repeatPurchases, h.averageRepeatSpend)
    : h.totalSpend / (h.repeatPurchases + 1);
}

/** Scores every buyer for the next `horizon` time units (the unit the histories were built in). */
export function valueBuyers(model: ClvModel, histories: readonly BuyerHistory[], horizon: number): BuyerValue[] {
  const bg = model.purchases.params;
  // Buyers sharing (x, t_x, T) share a forecast: computing it once per group saves the 2F1 series for most of a large cohort.
  const { members, groupOf } = groupBy(histories, repeatPurchaseKey);
  const alive = members.map((h) => probabilityAlive(bg, h.repeatPurchases, h.recency, h.tenure));
  const purchases = members.map((h) => expectedPurchases(bg, horizon, h.repeatPurchases, h.recency, h.tenure));
  return histories.map((h, i) => {
    const group = groupOf[i];
    const spend = forecastSpend(model, h);
    return {
      buyerId: h.buyerId,
      probabilityAlive: alive[group],
      expectedPurchases: purchases[group],
      expectedAverageSpend: spend,
      expectedValue: purchases[group] * spend,
    };
  });
}

export interface ForecastPoint {
  /** Time from now, in the histories' unit. */
  time: number;
  /** Cumulative expected purchases of the whole cohort by then. */
  purchases: number;
  /** …and their expected value. */
  value: number;
}

/** The cohort's cumulative expected purchases and value at `steps` evenly spaced times up to `horizon`. */
export function forecastCohort(model: ClvModel, histories: readonly BuyerHistory[], horizon: number, steps: number): ForecastPoint[] {
  const bg = model.purchases.params;
  const points = Array.from({ length: steps }, (_, i) => ({ time: (horizon * (i + 1)) / steps, purchases: 0, value: 0 }));
  const { members, groupOf } = groupBy(histories, repeatPurchaseKey);
  const curves = members.map((h) => points.map((p) => expectedPurchases(bg, p.time, h.repeatPurchases, h.recency, h.tenure)));
  histories.forEach((h, i) => {
    const spend = forecastSpend(model, h);
    curves[groupOf[i]].forEach((purchases, k) => {
      points[k].purchases += purchases;
      points[k].value += purchases * spend;
    });
  });
  return points;
}
