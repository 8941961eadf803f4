/**
 * Gamma-Gamma spend model (Fader & Hardie 2013): each purchase's value is Gamma(p, ν) and a
 * buyer's ν is Gamma(q, γ) across buyers. Fitted on repeat buyers' average repeat spend.
 */
import { digamma, logGamma } from '../math/special-functions.js';
import { fitPositiveParameters, type MaximumLikelihoodFit } from '../math/maximum-likelihood.js';
import type { SpendGroups } from './sufficient-statistics.js';

export interface GammaGammaParams {
  p: number;
  q: number;
  /** γ, the scale of the spend distribution, named v as in the published fits. */
  v: number;
}

export type GammaGammaFit = MaximumLikelihoodFit<GammaGammaParams>;

export function gammaGammaLogLikelihood(params: GammaGammaParams, groups: SpendGroups): number {
  return gammaGammaLikelihoodWithGradient(params, groups).value;
}

/** Log-likelihood and its gradient with respect to (p, q, v). */
export function gammaGammaLikelihoodWithGradient({ p, q, v }: GammaGammaParams, groups: SpendGroups): { value: number; gradient: number[] } {
  const logGammaQ = logGamma(q);
  const logV = Math.log(v);
  const digammaQ = digamma(q);
  const nx = groups.distinctX.length;
  const perX = new Float64Array(nx);
  const dPerXDp = new Float64Array(nx);
  const dPerXDq = new Float64Array(nx);
  for (let i = 0; i < nx; i++) {
    const x = groups.distinctX[i];
    const digammaPXQ = digamma(p * x + q);
    perX[i] = logGamma(p * x + q) - logGamma(p * x) - logGammaQ + q * logV + p * x * Math.log(x);
    dPerXDp[i] = x * (digammaPXQ - digamma(p * x) + Math.log(x));
    dPerXDq[i] = digammaPXQ - digammaQ + logV;
  }
  let value = 0;
  let dp = 0;
  let dq = 0;
  let dv = 0;
  for (let g = 0; g < groups.size; g++) {
    const x = groups.x[g];
    const k = groups.xIndex[g];
    const w = groups.weight[g];
    const px = p * x;
    const logM = groups.logAverageSpend[g];
    const total = x * groups.averageSpend[g] + v;
    const logTotal = Math.log(total);
    value += w * (perX[k] + (px - 1) * logM - (px + q) * logTotal);
    dp += w * (dPerXDp[k] + x * (logM - logTotal));
    dq += w * (dPerXDq[k] - logTotal);
    dv += w * (q / v - (px + q) / total);
  }
  return { value, gradient: [dp, dq, dv] };
}

export function fitGammaGamma(groups: SpendGroups): GammaGammaFit {
  return fitPositiveParameters<GammaGammaParams>(['p', 'q', 'v'], (params) => gammaGammaLikelihoodWithGradient(params, groups), groups.weight);
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
