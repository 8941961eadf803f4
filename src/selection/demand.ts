import type { DemandEstimate, LaunchPlan } from './launch-plan.js';
import type { Rng } from './random.js';

/** Draws of season demand in units, at the plan's price. */

/** Inverse-CDF draw from a triangular(low, likely, high): one uniform per draw keeps streams aligned. */
function triangular(u: number, low: number, likely: number, high: number): number {
  const split = (likely - low) / (high - low);
  if (u < split) return low + Math.sqrt(u * (high - low) * (likely - low));
  return high - Math.sqrt((1 - u) * (high - low) * (high - likely));
}

function drawOne(estimate: DemandEstimate, rng: Rng): number {
  switch (estimate.kind) {
    case 'fixed':
      return estimate.units;
    // Demand cannot be negative; the mass below zero becomes "sold nothing", which keeps P(loss) equal to Φ.
    case 'normal':
      return Math.max(0, estimate.mean + estimate.sd * rng.normal());
    case 'range':
      return triangular(rng.uniform(), estimate.low, estimate.likely, estimate.high);
    case 'history':
      return estimate.units[rng.index(estimate.units.length)];
  }
}

/** Demand multiplier for selling at `price` instead of the price the estimate was made for. */
export function elasticityFactor(plan: LaunchPlan, price: number = plan.price): number {
  if (!plan.elasticity) return 1;
  return Math.pow(price / plan.elasticity.referencePrice, plan.elasticity.elasticity);
}

export function drawDemand(plan: LaunchPlan, rng: Rng, draws: number): Float64Array {
  const out = new Float64Array(draws);
  const factor = elasticityFactor(plan);
  for (let i = 0; i < draws; i++) out[i] = drawOne(plan.demand, rng) * factor;
  return out;
}
