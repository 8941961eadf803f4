/**
 * BG/NBD (Fader, Hardie & Lee 2005): while alive a buyer purchases at a Gamma(r, α)-distributed
 * rate and after each purchase drops out with a Beta(a, b)-distributed probability.
 * Likelihood and predictions are in log space so buyers with hundreds of purchases stay finite.
 */
import { digamma, logAddExp, logGamma, logHyp2f1, type SignedLog } from '../math/special-functions.js';
import { fitPositiveParameters, type MaximumLikelihoodFit } from '../math/maximum-likelihood.js';
import type { RepeatGroups } from './sufficient-statistics.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export type BgNbdFit = MaximumLikelihoodFit<BgNbdParams>;

/** Total log-likelihood of the grouped buyers. */
export function bgnbdLogLikelihood(params: BgNbdParams, groups: RepeatGroups): number {
  return bgnbdLikelihoodWithGradient(params, groups).value;
}

/**
 * Log-likelihood and its gradient with respect to (r, α, a, b). Per buyer, with
 * A = −(r+x) ln(α+T) (still alive) and B = ln a − ln(b+x−1) − (r+x) ln(α+t_x) (dropped after the
 * last purchase), the two branches enter through their shares e^(A−S), e^(B−S) of S = ln(e^A + e^B).
 */
export function bgnbdLikelihoodWithGradient({ r, alpha, a, b }: BgNbdParams, groups: RepeatGroups): { value: number; gradient: number[] } {
  const nx = groups.distinctX.length;
  const countTerm = new Float64Array(nx);
  const dropoutTerm = new Float64Array(nx);
  const logDropoutOdds = new Float64Array(nx);
  const dCountDr = new Float64Array(nx);
  const dDropoutDa = new Float64Array(nx);
  const dDropoutDb = new Float64Array(nx);
  const logGammaR = logGamma(r);
  const digammaR = digamma(r);
  const logBetaAB = logGamma(a + b) - logGamma(a) - logGamma(b);
  const digammaAB = digamma(a + b);
  const digammaB = digamma(b);
  for (let i = 0; i < nx; i++) {
    const x = groups.distinctX[i];
    countTerm[i] = logGamma(r + x) - logGammaR + r * Math.log(alpha);
    // ln B(a, b+x) − ln B(a, b)
    dropoutTerm[i] = logBetaAB + logGamma(a) + logGamma(b + x) - logGamma(a + b + x);
    logDropoutOdds[i] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
    dCountDr[i] = digamma(r + x) - digammaR + Math.log(alpha);
    const digammaABX = digamma(a + b + x);
    dDropoutDa[i] = digammaAB - digammaABX;
    dDropoutDb[i] = digamma(b + x) - digammaB + digammaAB - digammaABX;
  }
  const logAlphaT = Float64Array.from(groups.distinctT, (T) => Math.log(alpha + T));
  const logAlphaTx = Float64Array.from(groups.distinctTx, (tx) => Math.log(alpha + tx));
  let value = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  for (let g = 0; g < groups.size; g++) {
    const x = groups.x[g];
    const k = groups.xIndex[g];
    const w = groups.weight[g];
    const logT = logAlphaT[groups.TIndex[g]];
    const logTx = logAlphaTx[groups.txIndex[g]];
    const stillAlive = -(r + x) * logT;
    const droppedAfterLast = logDropoutOdds[k] - (r + x) * logTx;
    const both = logAddExp(stillAlive, droppedAfterLast);
    const aliveShare = Math.exp(stillAlive - both);
    const droppedShare = 1 - aliveShare;
    value += w * (countTerm[k] + dropoutTerm[k] + both);
    dr += w * (dCountDr[k] - aliveShare * logT - droppedShare * logTx);
    dAlpha += w * (r / alpha - (r + x) * (aliveShare / (alpha + groups.T[g]) + droppedShare / (alpha + groups.tx[g])));
    da += w * (dDropoutDa[k] + droppedShare / a);
    db += w * (dDropoutDb[k] - (x > 0 ? droppedShare / (b + x - 1) : 0));
  }
  return { value, gradient: [dr, dAlpha, da, db] };
}

/** Maximum-likelihood fit. */
export function fitBgNbd(groups: RepeatGroups): BgNbdFit {
  return fitPositiveParameters<BgNbdParams>(['r', 'alpha', 'a', 'b'], (params) => bgnbdLikelihoodWithGradient(params, groups), groups.weight);
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
  const euler = { cMinusA: a + b - 1 - r, cMinusB: a - 1, cMinusAMinusB: a - 1 - r - x };
  const hypergeometric = logHyp2f1(r + x, b + x, a + b + x - 1, z, euler);
  const numerator = ((a + b + x - 1) / (a - 1)) * oneMinusTail((r + x) * Math.log1p(-z), hypergeometric);
  const denominator = x > 0 ? 1 + Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 1;
  return numerator / denominator;
}

/** 1 − e^logFactor · 2F1, without cancellation when the product is close to 1. */
function oneMinusTail(logFactor: number, hypergeometric: SignedLog): number {
  const logTail = logFactor + hypergeometric.logAbs;
  return hypergeometric.sign > 0 ? -Math.expm1(logTail) : 1 + Math.exp(logTail);
}
