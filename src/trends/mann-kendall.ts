/**
 * Mann-Kendall test for a monotonic upward trend, with Sen's slope. Rank-based, so it catches a
 * steady climb that no single bucket makes significant, and it does not care about the scale.
 */
import { normalUpperTail } from './statistics.js';

export interface MannKendallResult {
  /** One-sided p-value for an upward trend. */
  pValue: number;
  statistic: number;
  /** Median pairwise slope, per bucket. */
  senSlope: number;
}

// Below this many points S has too few values for the normal approximation to mean anything.
const MIN_POINTS = 4;

export function mannKendall(values: ArrayLike<number>): MannKendallResult {
  const n = values.length;
  if (n < MIN_POINTS) return { pValue: 1, statistic: 0, senSlope: 0 };
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let s = 0;
  let pair = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const difference = values[j] - values[i];
      s += Math.sign(difference);
      slopes[pair++] = difference / (j - i);
    }
  }
  const variance = (n * (n - 1) * (2 * n + 5) - tieCorrection(values)) / 18;
  const z = variance > 0 && s > 0 ? (s - 1) / Math.sqrt(variance) : 0;
  return { pValue: s > 0 ? normalUpperTail(z) : 1, statistic: s, senSlope: median(slopes) };
}

/** Σ t(t-1)(2t+5) over groups of tied values: ties (many zero buckets) shrink the variance of S. */
function tieCorrection(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
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

function median(values: Float64Array): number {
  values.sort();
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
