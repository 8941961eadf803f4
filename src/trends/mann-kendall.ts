/**
 * Mann-Kendall test for a monotonic upward trend, and Sen's slope. Rank-based, so it catches a
 * steady climb that no single bucket makes significant, and it does not care about the scale.
 * The test runs for every series on every scan; the slope only for the items shown.
 */
import { normalUpperTail } from '../math/distributions.js';
import { medianOfSorted } from '../math/summary.js';
import { MAX_BUCKETS } from './time-buckets.js';

export interface MannKendallResult {
  /** One-sided p-value for an upward trend. */
  pValue: number;
  statistic: number;
}

// Reused for every series: sorting a copy per call would allocate a million arrays per full scan.
const sortScratch = new Float64Array(MAX_BUCKETS);
// Below this many points S has too few values for the normal approximation to mean anything.
const MIN_POINTS = 4;

export function mannKendall(values: ArrayLike<number>): MannKendallResult {
  const n = values.length;
  if (n < MIN_POINTS) return { pValue: 1, statistic: 0 };
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
  }
  if (s <= 0) return { pValue: 1, statistic: s };
  const variance = (n * (n - 1) * (2 * n + 5) - tieCorrection(values)) / 18;
  return { pValue: variance > 0 ? normalUpperTail((s - 1) / Math.sqrt(variance)) : 1, statistic: s };
}

/** Sen's slope: the median of the slopes between every pair of points, per bucket. */
export function senSlope(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let pair = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) slopes[pair++] = (values[j] - values[i]) / (j - i);
  }
  return medianOfSorted(slopes.sort());
}

/** Σ t(t-1)(2t+5) over groups of tied values: ties (many zero buckets) shrink the variance of S. */
function tieCorrection(values: ArrayLike<number>): number {
  const sorted = sortScratch.subarray(0, values.length);
  sorted.set(values);
  sorted.sort();
  let correction = 0;
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
      continue;
    }
    if (run > 1) correction += run * (run - 1) * (2 * run + 5);
    run = 1;
  }
  return correction;
}
