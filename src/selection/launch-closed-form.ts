import { elasticityFactor } from './demand.js';
import { firstOrderUnits, netPerUnit } from './launch-economics.js';
import type { LaunchPlan } from './launch-plan.js';
import { normalCdf, normalPdf } from '../math/distributions.js';

/**
 * Exact answers for the one case that has them: normally distributed demand and a single
 * production run. The tests and `kaikuan eval` hold the Monte-Carlo to these.
 */

export interface ClosedFormLaunch {
  expectedProfit: number;
  chanceOfLoss: number;
  valueOfPerfectInformation: number;
}

/** E[(D⁺ − a)⁺] for D ~ N(mean, sd), D⁺ = max(D, 0) and a ≥ 0: the normal partial expectation. */
function expectedExcess(mean: number, sd: number, a: number): number {
  const z = (a - mean) / sd;
  return (mean - a) * (1 - normalCdf(z)) + sd * normalPdf(z);
}

export function closedFormNormalLaunch(plan: LaunchPlan): ClosedFormLaunch {
  if (plan.demand.kind !== 'normal' || plan.restock) {
    throw new RangeError('closed form needs normal demand and no restock');
  }
  const factor = elasticityFactor(plan);
  const mean = plan.demand.mean * factor;
  const sd = plan.demand.sd * factor;
  const made = firstOrderUnits(plan);
  // Profit is linear in units sold S = min(D⁺, made): profit = gain · S − sunk.
  const gain = netPerUnit(plan) - plan.salvageValue;
  const sunk = plan.mouldCost + made * (plan.unitCost - plan.salvageValue);
  const expectedSold = expectedExcess(mean, sd, 0) - expectedExcess(mean, sd, made);
  const expectedProfit = gain * expectedSold - sunk;

  const breakEven = gain > 0 ? sunk / gain : Number.POSITIVE_INFINITY;
  if (breakEven > made) return { expectedProfit, chanceOfLoss: 1, valueOfPerfectInformation: 0 };
  if (breakEven <= 0) return { expectedProfit, chanceOfLoss: 0, valueOfPerfectInformation: 0 };
  // A loss is demand below the break-even; P(D⁺ < b) = Φ((b − mean) / sd) for b > 0.
  const chanceOfLoss = normalCdf((breakEven - mean) / sd);
  const expectedPositive = gain * (expectedExcess(mean, sd, breakEven) - expectedExcess(mean, sd, made));
  return {
    expectedProfit,
    chanceOfLoss,
    valueOfPerfectInformation: expectedPositive - Math.max(0, expectedProfit),
  };
}
