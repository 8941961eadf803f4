import { incompleteBeta } from '../trends/statistics.js';

/**
 * The few special functions the closed-form answers need: an exact normal CDF and the Beta quantile
 * (credible intervals) on top of the trend radar's incomplete beta.
 */

/** Φ(z). Closed-form checks compare simulated chances of loss against it, so it must be far more exact than the simulation. */
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
