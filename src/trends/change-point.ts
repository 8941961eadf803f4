/**
 * Sudden jumps: the single split of the window that best separates a lower rate before from a
 * higher rate after, scored by the Poisson likelihood ratio. Every split is a separate look at the
 * data, so the p-value is Bonferroni-corrected over the candidate splits.
 */
import { chiSquare1UpperTail } from '../math/distributions.js';

export interface ChangePointResult {
  pValue: number;
  /** Index of the first bucket at the higher rate; -1 when there is no upward split. */
  at: number;
  /** Rate after over rate before. */
  ratio: number;
}

export function changePoint(values: ArrayLike<number>, exposure: ArrayLike<number>, dispersion: number): ChangePointResult {
  const n = values.length;
  let total = 0;
  let totalExposure = 0;
  for (let i = 0; i < n; i++) {
    total += values[i];
    totalExposure += exposure[i];
  }
  if (total <= 0 || totalExposure <= 0) return { pValue: 1, at: -1, ratio: 1 };
  const overallRate = total / totalExposure;
  let before = 0;
  let beforeExposure = 0;
  let best = 0;
  let bestAt = -1;
  let bestRatio = 1;
  for (let k = 1; k < n; k++) {
    before += values[k - 1];
    beforeExposure += exposure[k - 1];
    const after = total - before;
    const afterExposure = totalExposure - beforeExposure;
    if (beforeExposure <= 0 || afterExposure <= 0) continue;
    const rateBefore = before / beforeExposure;
    const rateAfter = after / afterExposure;
    if (rateAfter <= rateBefore) continue;
    const logLikelihoodRatio = xLogRatio(before, rateBefore, overallRate) + xLogRatio(after, rateAfter, overallRate);
    if (logLikelihoodRatio > best) {
      best = logLikelihoodRatio;
      bestAt = k;
      bestRatio = rateBefore > 0 ? rateAfter / rateBefore : Infinity;
    }
  }
  if (bestAt < 0) return { pValue: 1, at: -1, ratio: 1 };
  const pValue = Math.min(1, (n - 1) * chiSquare1UpperTail((2 * best) / dispersion));
  return { pValue, at: bestAt, ratio: bestRatio };
}

/** count · ln(rate / overall), with 0 · ln 0 = 0. */
function xLogRatio(count: number, rate: number, overall: number): number {
  return count > 0 ? count * Math.log(rate / overall) : 0;
}
