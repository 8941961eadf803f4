/**
 * Special functions. Most work in log space for the CLV models: buyer counts reach the hundreds
 * and spend parameters the tens, so Γ and 2F1 overflow doubles long before the likelihood does;
 * those return a logarithm and never form the huge intermediate value.
 */

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0, enough for maximum likelihood.
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps accuracy near zero, where the series alone loses digits.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(e^x + e^y) without overflow; either side may be -Infinity. */
export function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const high = Math.max(x, y);
  return high + Math.log1p(Math.exp(-Math.abs(x - y)));
}

// The series stops once a term changes the sum by less than this (relative), i.e. at double precision.
const SERIES_TOLERANCE = 1e-15;
// A hard cap so a pathological argument cannot hang a request; z ≤ 0.5 after transformation converges far sooner.
const SERIES_MAX_TERMS = 100_000;
// Sums are rescaled before they overflow; the scale is carried as a logarithm.
const RESCALE_ABOVE = 1e250;

/** A number too large or small for a double, as sign × e^logAbs. */
export interface SignedLog {
  logAbs: number;
  sign: 1 | -1;
}

/**
 * The Euler partners of 2F1(a, b; c; z): c − a, c − b and c − a − b. Callers that know them in
 * closed form pass them in, because subtracting nearly equal large parameters (b ≈ 10⁹ in a
 * degenerate fit) would lose the very digits the transformed series depends on.
 */
export interface EulerPartners {
  cMinusA: number;
  cMinusB: number;
  cMinusAMinusB: number;
}

/**
 * 2F1(a, b; c; z) for 0 ≤ z < 1 as a signed logarithm. With the BG/NBD arguments it is positive
 * unless a fitted a + b falls below 1, which makes c negative and the function may change sign.
 * For z > 1/2 the Euler transformation 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z) is used:
 * with BG/NBD arguments c-a and c-b stay small however many purchases a buyer made, so the
 * series no longer climbs to huge terms.
 */
export function logHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  euler: EulerPartners = { cMinusA: c - a, cMinusB: c - b, cMinusAMinusB: c - a - b },
): SignedLog {
  if (!(z >= 0 && z < 1)) throw new RangeError(`logHyp2f1 needs 0 ≤ z < 1, got ${z}`);
  if (z > 0.5) {
    const transformed = logSeries(euler.cMinusA, euler.cMinusB, c, z);
    return { logAbs: euler.cMinusAMinusB * Math.log1p(-z) + transformed.logAbs, sign: transformed.sign };
  }
  return logSeries(a, b, c, z);
}

function logSeries(a: number, b: number, c: number, z: number): SignedLog {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < SERIES_MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      logScale += Math.log(RESCALE_ABOVE);
    }
    // Only stop once terms are shrinking, so a term that is small by accident does not end the sum early.
    if (term === 0 || (Math.abs(ratio) < 1 && Math.abs(term) < SERIES_TOLERANCE * Math.abs(sum))) break;
  }
  return { logAbs: Math.log(Math.abs(sum)) + logScale, sign: sum < 0 ? -1 : 1 };
}

// Below this the digamma recurrence ψ(x) = ψ(x+1) − 1/x lifts x first; above it the asymptotic series is exact to doubles.
const DIGAMMA_ASYMPTOTIC_FROM = 10;

/** ψ(x) = d/dx ln Γ(x) for x > 0, needed for likelihood gradients. */
export function digamma(x: number): number {
  let shift = 0;
  while (x < DIGAMMA_ASYMPTOTIC_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  // Bernoulli-number series: ln x − 1/(2x) − Σ B₂ₖ / (2k x^{2k}).
  const tail = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return shift + Math.log(x) - 0.5 / x - tail;
}

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
