/**
 * BG/NBD (Fader, Hardie & Lee 2005): while alive a buyer purchases at a Gamma(r, α)-distributed
 * rate and after each purchase drops out with a Beta(a, b)-distributed probability.
 * Likelihood and predictions are in log space so buyers with hundreds of purchases stay finite.
 */
import { logAddExp, logGamma, logHyp2f1, type SignedLog } from './special-functions.js';
import { minimise } from './nelder-mead.js';
import type { RepeatGroups } from './sufficient-statistics.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  buyers: number;
  iterations: number;
  converged: boolean;
}

/** Total log-likelihood of the grouped buyers. */
export function bgnbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, groups: RepeatGroups): number {
  const nx = groups.distinctX.length;
  const countTerm = new Float64Array(nx);
  const dropoutTerm = new Float64Array(nx);
  const logDropoutOdds = new Float64Array(nx);
  const logGammaR = logGamma(r);
  const logBetaAB = logGamma(a + b) - logGamma(a) - logGamma(b);
  for (let i = 0; i < nx; i++) {
    const x = groups.distinctX[i];
    countTerm[i] = logGamma(r + x) - logGammaR + r * Math.log(alpha);
    // ln B(a, b+x) − ln B(a, b)
    dropoutTerm[i] = logBetaAB + logGamma(a) + logGamma(b + x) - logGamma(a + b + x);
    logDropoutOdds[i] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
  }
  const logAlphaT = Float64Array.from(groups.distinctT, (T) => Math.log(alpha + T));
  const logAlphaTx = Float64Array.from(groups.distinctTx, (tx) => Math.log(alpha + tx));
  let total = 0;
  for (let g = 0; g < groups.size; g++) {
    const x = groups.x[g];
    const k = groups.xIndex[g];
    const stillAlive = -(r + x) * logAlphaT[groups.TIndex[g]];
    const droppedAfterLast = logDropoutOdds[k] - (r + x) * logAlphaTx[groups.txIndex[g]];
    total += groups.weight[g] * (countTerm[k] + dropoutTerm[k] + logAddExp(stillAlive, droppedAfterLast));
  }
  return total;
}

// Start every parameter at 1: the scale of weeks-or-days data is absorbed by α within a few simplex steps.
const START = [0, 0, 0, 0];

/** Maximum-likelihood fit; parameters are optimised as logarithms so they stay positive. */
export function fitBgNbd(groups: RepeatGroups): BgNbdFit {
  const toParams = (p: number[]): BgNbdParams => ({ r: Math.exp(p[0]), alpha: Math.exp(p[1]), a: Math.exp(p[2]), b: Math.exp(p[3]) });
  const result = minimise((p) => -bgnbdLogLikelihood(toParams(p), groups), START);
  let buyers = 0;
  for (let g = 0; g < groups.size; g++) buyers += groups.weight[g];
  return { params: toParams(result.point), logLikelihood: -result.value, buyers, iterations: result.iterations, converged: result.converged };
}

/** P(alive | x, t_x, T). A buyer with no repeat purchase is alive by the model's assumptions. */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** E[purchases in the next t | x, t_x, T], eq. (10) of Fader, Hardie & Lee (2005). */
export function expectedPurchases({ r, alpha, a, b }: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const numerator = ((a + b + x - 1) / (a - 1)) * oneMinusTail((r + x) * Math.log((alpha + T) / (alpha + T + t)), logHyp2f1(r + x, b + x, a + b + x - 1, z));
  const denominator = x > 0 ? 1 + Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 1;
  return numerator / denominator;
}

/** 1 − e^logFactor · 2F1, without cancellation when the product is close to 1. */
function oneMinusTail(logFactor: number, hypergeometric: SignedLog): number {
  const logTail = logFactor + hypergeometric.logAbs;
  return hypergeometric.sign > 0 ? -Math.expm1(logTail) : 1 + Math.exp(logTail);
}
