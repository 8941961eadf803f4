import type { LaunchPlan } from './launch-plan.js';
import { DAYS_PER_WEEK } from './time.js';

/**
 * The money of one launch for one known season demand. The Monte-Carlo runs this once per draw;
 * tests run it directly for the closed-form answers.
 */

/** Yuan that reach the merchant per unit sold, after the platform's cut and fulfilment. */
export function netPerUnit(plan: LaunchPlan): number {
  return plan.price * (1 - plan.channelFeeRate) - plan.channelFeePerUnit;
}

export function firstOrderUnits(plan: LaunchPlan): number {
  return plan.firstOrder ?? plan.minimumOrder;
}

/** Units made to meet a season demand: the first run, plus whole minimum-order reruns when restocking. */
export function unitsProduced(plan: LaunchPlan, demand: number): number {
  const first = firstOrderUnits(plan);
  if (!plan.restock || demand <= first) return first;
  return first + Math.ceil((demand - first) / plan.minimumOrder) * plan.minimumOrder;
}

export interface SeasonOutcome {
  produced: number;
  sold: number;
  profit: number;
}

export function seasonOutcome(plan: LaunchPlan, demand: number): SeasonOutcome {
  const produced = unitsProduced(plan, demand);
  const sold = Math.min(demand, produced);
  const profit =
    sold * netPerUnit(plan) + (produced - sold) * plan.salvageValue - produced * plan.unitCost - plan.mouldCost;
  return { produced, sold, profit };
}

/**
 * Units that must be sold before the cash paid out (mould plus every production run so far) is
 * back; unsold stock is not counted as money until it is sold. Null when it can never happen:
 * a unit earns no more than it costs, or the first order without restocks is too small.
 */
export function breakEvenUnits(plan: LaunchPlan): number | null {
  const net = netPerUnit(plan);
  const perUnitGain = net - plan.unitCost;
  if (perUnitGain <= 0) return null;
  const first = firstOrderUnits(plan);
  // Selling everything produced pays back once produced · (net − cost) ≥ mould; find the first run size where that holds.
  const producedNeeded = plan.mouldCost / perUnitGain;
  const reruns = plan.restock ? Math.max(0, Math.ceil((producedNeeded - first) / plan.minimumOrder)) : 0;
  const produced = first + reruns * plan.minimumOrder;
  const units = (plan.mouldCost + produced * plan.unitCost) / net;
  return units <= produced ? units : null;
}

/** Why a plan can never pay back, in the terms the owner can change; null when it can. */
export type NoPayback =
  | { cause: 'unitLoss' }
  /** Selling the whole first batch does not cover the mould: restock, or make at least `firstOrderNeeded`. */
  | { cause: 'firstBatchTooSmall'; firstOrderNeeded: number };

export function noPaybackCause(plan: LaunchPlan): NoPayback | null {
  if (breakEvenUnits(plan) !== null) return null;
  const perUnitGain = netPerUnit(plan) - plan.unitCost;
  if (perUnitGain <= 0) return { cause: 'unitLoss' };
  // Every unit of the batch sold: batch · gain ≥ mould.
  return { cause: 'firstBatchTooSmall', firstOrderNeeded: Math.max(plan.minimumOrder, Math.ceil(plan.mouldCost / perUnitGain)) };
}

export function leadTimeWeeks(plan: LaunchPlan): number {
  return plan.leadTimeDays / DAYS_PER_WEEK;
}

/**
 * Weeks from ordering the mould until the cash is back, for one season demand, assuming sales
 * spread evenly over the season. Null when the season ends first.
 */
export function paybackWeeks(plan: LaunchPlan, demand: number, breakEven: number | null): number | null {
  if (breakEven === null || demand <= 0) return null;
  if (breakEven > Math.min(demand, unitsProduced(plan, demand))) return null;
  return leadTimeWeeks(plan) + (breakEven / demand) * plan.sellingWeeks;
}
