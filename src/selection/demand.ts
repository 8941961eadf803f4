import type { DemandEstimate, LaunchPlan } from './launch-plan.js';
import type { Rng } from '../math/random.js';

/** Draws of season demand in units, at the plan's price. */

/** Inverse-CDF draw from a triangular(low, likely, high): one uniform per draw keeps streams aligned. */
function triangular(u: number, low: number, likely: number, high: number): number {
  const split = (likely - low) / (high - low);
  if (u < split) return low + Math.sqrt(u * (high - low) * (likely - low));
  return high - Math.sqrt((1 - u) * (high - low) * (high - likely));
}

/** Even one similar product's season says little about the next style: never assume less than ±30% (log scale). */
const MIN_HISTORY_SPREAD = 0.3;

/**
 * Log-scale bandwidth for resampling past seasons (Silverman's rule), so three similar products give
 * a spread of outcomes between and around them rather than exactly three possible seasons.
 */
export function historyBandwidth(units: number[]): number {
  const logs = units.filter((u) => u > 0).map(Math.log);
  if (logs.length < 2) return MIN_HISTORY_SPREAD;
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1));
  return Math.max(MIN_HISTORY_SPREAD, 1.06 * sd * logs.length ** -0.2);
}

type Sampler = (rng: Rng) => number;

function samplerFor(estimate: DemandEstimate): Sampler {
  switch (estimate.kind) {
    case 'fixed':
      return () => estimate.units;
    // Demand cannot be negative; the mass below zero becomes "sold nothing", which keeps P(loss) equal to Φ.
    case 'normal':
      return (rng) => Math.max(0, estimate.mean + estimate.sd * rng.normal());
    case 'range':
      return (rng) => triangular(rng.uniform(), estimate.low, estimate.likely, estimate.high);
    case 'history': {
      const pick = (rng: Rng) => estimate.units[rng.index(estimate.units.length)];
      if (!estimate.smooth) return pick;
      const h = historyBandwidth(estimate.units);
      // Multiplicative lognormal jitter with mean one keeps the expected season equal to the history's mean.
      return (rng) => pick(rng) * Math.exp(h * rng.normal() - (h * h) / 2);
    }
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
  const sample = samplerFor(plan.demand);
  for (let i = 0; i < draws; i++) out[i] = sample(rng) * factor;
  return out;
}
