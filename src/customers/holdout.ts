/**
 * Holdout validation: fit on the calibration period, forecast the holdout, compare with what
 * buyers actually did. The naive baseline (each buyer keeps their calibration purchase rate)
 * shows whether the model earns its complexity.
 */
import type { BuyerHistory } from './buyer-history.js';
import { expectedPurchases } from './bgnbd.js';
import { forecastSpend, type ClvModel } from './clv.js';

export interface FrequencyBand {
  /** Calibration repeat purchases; the last band collects everything at or above it. */
  repeatPurchases: number;
  buyers: number;
  actualMean: number;
  predictedMean: number;
}

export interface HoldoutReport {
  buyers: number;
  horizon: number;
  actualPurchases: number;
  predictedPurchases: number;
  /** Mean absolute error of per-buyer holdout purchase counts. */
  mae: number;
  rmse: number;
  naiveMae: number;
  /** Mean absolute error of predicted vs actual average spend, over buyers who bought in both periods. */
  spendMae: number;
  spendBuyers: number;
  byRepeatPurchases: FrequencyBand[];
}

// Fader, Hardie & Lee chart conditional expectations for 0–6 repeat purchases and pool 7+.
const LAST_BAND = 7;

export function validateHoldout(
  histories: readonly BuyerHistory[],
  model: ClvModel,
  horizon: number,
): HoldoutReport {
  const purchases = model.purchases.params;
  let absError = 0;
  let squaredError = 0;
  let naiveError = 0;
  let actualTotal = 0;
  let predictedTotal = 0;
  let spendError = 0;
  let spendBuyers = 0;
  const bands = Array.from({ length: LAST_BAND + 1 }, (_, i) => ({ repeatPurchases: i, buyers: 0, actual: 0, predicted: 0 }));
  for (const h of histories) {
    const predicted = expectedPurchases(purchases, horizon, h.repeatPurchases, h.recency, h.tenure);
    const actual = h.holdoutPurchases;
    const naive = h.tenure > 0 ? (h.repeatPurchases / h.tenure) * horizon : 0;
    absError += Math.abs(predicted - actual);
    squaredError += (predicted - actual) ** 2;
    naiveError += Math.abs(naive - actual);
    actualTotal += actual;
    predictedTotal += predicted;
    const band = bands[Math.min(h.repeatPurchases, LAST_BAND)];
    band.buyers++;
    band.actual += actual;
    band.predicted += predicted;
    if (h.repeatPurchases > 0 && actual > 0) {
      const holdoutAverage = h.holdoutSpend / actual;
      spendError += Math.abs(forecastSpend(model, h) - holdoutAverage);
      spendBuyers++;
    }
  }
  const n = histories.length;
  return {
    buyers: n,
    horizon,
    actualPurchases: actualTotal,
    predictedPurchases: predictedTotal,
    mae: absError / n,
    rmse: Math.sqrt(squaredError / n),
    naiveMae: naiveError / n,
    spendMae: spendBuyers > 0 ? spendError / spendBuyers : 0,
    spendBuyers,
    byRepeatPurchases: bands.map((b) => ({
      repeatPurchases: b.repeatPurchases,
      buyers: b.buyers,
      actualMean: b.buyers > 0 ? b.actual / b.buyers : 0,
      predictedMean: b.buyers > 0 ? b.predicted / b.buyers : 0,
    })),
  };
}
