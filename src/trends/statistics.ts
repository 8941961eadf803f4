/**
 * Tail probabilities for the radar's tests. Counts may be fractional (engagement weights and
 * over-dispersion scaling), so the binomial tail goes through the regularized incomplete beta
 * function, which is defined for real arguments.
 */
import { logBeta } from '../customers/special-functions.js';

// The continued fraction converges in a few dozen steps for the small counts the radar sees; the cap
// only guards against pathological input.
const CONTINUED_FRACTION_MAX_STEPS = 300;
const CONTINUED_FRACTION_TOLERANCE = 1e-14;
// Keeps the Lentz recurrence away from division by zero.
const TINY = 1e-300;

/** Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // The fraction converges fast only on this side of the mean; use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= CONTINUED_FRACTION_MAX_STEPS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < CONTINUED_FRACTION_TOLERANCE) break;
  }
  return h;
}

/** P(X ≥ k) for X ~ Binomial(n, p), k and n real with 0 ≤ k ≤ n. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return incompleteBeta(p, k, n - k + 1);
}

/** P(Z ≥ z) for a standard normal Z (Abramowitz-Stegun 7.1.26 via erfc, |error| < 1.5e-7). */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  // Numerical Recipes' Chebyshev fit: relative error below 1.2e-7 everywhere, enough for p-values.
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
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
