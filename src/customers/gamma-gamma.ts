/**
 * Gamma-Gamma spend model (Fader & Hardie 2013): each purchase's value is Gamma(p, ν) and a
 * buyer's ν is Gamma(q, γ) across buyers. Fitted on repeat buyers' average repeat spend.
 */
import { logGamma } from './special-functions.js';
import { minimise } from './nelder-mead.js';
import type { SpendGroups } from './sufficient-statistics.js';

export interface GammaGammaParams {
  p: number;
  q: number;
  /** γ, the scale of the spend distribution, named v as in the published fits. */
  v: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  buyers: number;
  iterations: number;
  converged: boolean;
}

export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParams, groups: SpendGroups): number {
  const logGammaQ = logGamma(q);
  const qLogV = q * Math.log(v);
  const perX = Float64Array.from(groups.distinctX, (x) => logGamma(p * x + q) - logGamma(p * x) - logGammaQ + qLogV + p * x * Math.log(x));
  let total = 0;
  for (let g = 0; g < groups.size; g++) {
    const x = groups.x[g];
    const m = groups.averageSpend[g];
    const px = p * x;
    total += groups.weight[g] * (perX[groups.xIndex[g]] + (px - 1) * groups.logAverageSpend[g] - (px + q) * Math.log(x * m + v));
  }
  return total;
}

// Start at p = q = v = 1, i.e. log-parameters 0.
const START = [0, 0, 0];

export function fitGammaGamma(groups: SpendGroups): GammaGammaFit {
  const toParams = (z: number[]): GammaGammaParams => ({ p: Math.exp(z[0]), q: Math.exp(z[1]), v: Math.exp(z[2]) });
  const result = minimise((z) => -gammaGammaLogLikelihood(toParams(z), groups), START);
  let buyers = 0;
  for (let g = 0; g < groups.size; g++) buyers += groups.weight[g];
  return { params: toParams(result.point), logLikelihood: -result.value, buyers, iterations: result.iterations, converged: result.converged };
}

/**
 * E[average spend | x, m]: a weighted mean of the population mean p·v/(q−1) and the buyer's own
 * average m, weighted by how many repeat purchases back it. Buyers with none get the population mean.
 */
export function expectedAverageSpend({ p, q, v }: GammaGammaParams, x: number, m: number): number {
  if (q <= 1) throw new RangeError('Gamma-Gamma mean spend is undefined for q ≤ 1');
  if (x === 0) return (p * v) / (q - 1);
  return (p * (v + x * m)) / (p * x + q - 1);
}
