import { incompleteBeta } from '../trends/statistics.js';

/**
 * The few special functions the closed-form answers need beyond the shared statistics: the normal density
 * and the Beta quantile (credible intervals) on top of the trend radar's incomplete beta.
 */

export function normalPdf(z: number): number {
  return Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
}

/** Inverse of the Beta CDF by bisection: 60 halvings pin the answer to ~1e-18, far below what a merchant reads. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (incompleteBeta(mid, a, b) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
