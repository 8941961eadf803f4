/**
 * Tail probabilities and quantiles: the radar's rate and trend tests, the customers' proportion
 * test and the selection's closed-form answers. Counts may be fractional (engagement weights and
 * over-dispersion scaling), so the binomial tail goes through the regularized incomplete beta
 * function, which is defined for real arguments.
 */
import { incompleteBeta } from './special-functions.js';

/** P(X ≥ k) for X ~ Binomial(n, p), k and n real with 0 ≤ k ≤ n. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return incompleteBeta(p, k, n - k + 1);
}

/** P(Z ≥ z) for a standard normal Z, computed directly in the tail (no 1 − Φ cancellation). */
export function normalUpperTail(z: number): number {
  return normalCdf(-z);
}

/** Φ(z). Exact enough for closed-form checks of simulations and for far-tail p-values alike. */
export function normalCdf(z: number): number {
  // Hart (1968) as given by West (2005), "Better approximations to cumulative normal functions":
  // ~1e-15 absolute, ~1e-9 relative far in the tail.
  const x = Math.abs(z);
  let tail: number;
  if (x > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-x * x) / 2);
    if (x < 7.07106781186547) {
      let num = 3.52624965998911e-2 * x + 0.700383064443688;
      num = num * x + 6.37396220353165;
      num = num * x + 33.912866078383;
      num = num * x + 112.079291497871;
      num = num * x + 221.213596169931;
      num = num * x + 220.206867912376;
      let den = 8.83883476483184e-2 * x + 1.75566716318264;
      den = den * x + 16.064177579207;
      den = den * x + 86.7807322029461;
      den = den * x + 296.564248779674;
      den = den * x + 637.333633378831;
      den = den * x + 793.826512519948;
      den = den * x + 440.413735824752;
      tail = (e * num) / den;
    } else {
      let frac = x + 0.65;
      frac = x + 4 / frac;
      frac = x + 3 / frac;
      frac = x + 2 / frac;
      frac = x + 1 / frac;
      tail = e / frac / 2.506628274631;
    }
  }
  return z > 0 ? 1 - tail : tail;
}

/** P(χ²_df ≥ x) via the Wilson-Hilferty cube-root normal approximation, good to ~1e-3 for df ≥ 3. */
export function chiSquareUpperTail(x: number, degreesOfFreedom: number): number {
  if (x <= 0) return 1;
  if (degreesOfFreedom === 1) return chiSquare1UpperTail(x);
  const k = degreesOfFreedom;
  const z = (Math.cbrt(x / k) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
  return normalUpperTail(z);
}

/** P(χ²₁ ≥ x): a one-degree-of-freedom chi-square is a squared standard normal. */
export function chiSquare1UpperTail(x: number): number {
  if (x <= 0) return 1;
  return 2 * normalUpperTail(Math.sqrt(x));
}

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

/**
 * The Student t quantile for a two-sided interval: the t with P(|T| > t) = 1 − level on `degreesOfFreedom`.
 * P(|T| > t) is the regularised incomplete beta I_{df/(df+t²)}(df/2, 1/2), so the Beta quantile inverts it.
 */
export function studentTTwoSidedQuantile(level: number, degreesOfFreedom: number): number {
  const x = betaQuantile(1 - level, degreesOfFreedom / 2, 0.5);
  return Math.sqrt((degreesOfFreedom * (1 - x)) / x);
}
