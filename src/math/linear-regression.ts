import { studentTTwoSidedQuantile } from './distributions.js';

/** A straight line fitted by least squares, with the slope's standard error and its t interval. */
export interface LineFit {
  slope: number;
  intercept: number;
  slopeStandardError: number;
  degreesOfFreedom: number;
  /** The slope's two-sided interval at `level` (Student t on n − 2 degrees of freedom). */
  slopeLow: number;
  slopeHigh: number;
  level: number;
}

/**
 * Ordinary least squares of y on x. Null when there are fewer than three points or x does not vary:
 * two points fit any line exactly and leave nothing to measure the error with.
 */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>, level = 0.95): LineFit | null {
  const n = xs.length;
  if (n !== ys.length || n < 3) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let residuals = 0;
  for (let i = 0; i < n; i++) residuals += (ys[i] - intercept - slope * xs[i]) ** 2;
  const degreesOfFreedom = n - 2;
  const slopeStandardError = Math.sqrt(residuals / degreesOfFreedom / sxx);
  const half = studentTTwoSidedQuantile(level, degreesOfFreedom) * slopeStandardError;
  return { slope, intercept, slopeStandardError, degreesOfFreedom, slopeLow: slope - half, slopeHigh: slope + half, level };
}
