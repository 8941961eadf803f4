/**
 * Nelder–Mead minimisation: derivative-free, so it keeps going where BFGS stalls on a flat,
 * badly scaled likelihood (a degenerate fit whose parameters run off towards 0 or ∞).
 */

export interface Minimum {
  point: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

export interface MinimiseOptions {
  /** Stop when the simplex's values agree to this, relative to the best value (log-likelihoods scale with the cohort). */
  valueTolerance?: number;
  /** …and its vertices agree to this in every coordinate. */
  pointTolerance?: number;
  maxIterations?: number;
  /** Initial simplex edge length in each coordinate. */
  step?: number;
}

// Relative log-likelihood differences below 1e-11, and log-parameters agreeing to 1e-6 (parameters to 0.0001%),
// are far finer than the 3–4 digits any CLV parameter is reported or used with.
const DEFAULT_VALUE_TOLERANCE = 1e-11;
const DEFAULT_POINT_TOLERANCE = 1e-6;
const DEFAULT_MAX_ITERATIONS = 20_000;
// Half a unit in log space: the first simplex spans parameters from about 0.6× to 1.6× the start.
const DEFAULT_STEP = 0.5;
// Standard coefficients (reflection, expansion, contraction, shrink) from Nelder & Mead (1965).
const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;
// One restart from the best vertex guards against the simplex collapsing before the true minimum.
const RESTARTS = 1;

export function minimise(objective: (point: number[]) => number, start: number[], options: MinimiseOptions = {}): Minimum {
  let best = runSimplex(objective, start, options);
  let iterations = best.iterations;
  for (let i = 0; i < RESTARTS; i++) {
    const again = runSimplex(objective, best.point, options);
    iterations += again.iterations;
    if (again.value <= best.value) best = again;
  }
  return { ...best, iterations };
}

function runSimplex(objective: (point: number[]) => number, start: number[], options: MinimiseOptions): Minimum {
  const valueTolerance = options.valueTolerance ?? DEFAULT_VALUE_TOLERANCE;
  const pointTolerance = options.pointTolerance ?? DEFAULT_POINT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const step = options.step ?? DEFAULT_STEP;
  const n = start.length;
  // A non-finite objective (parameters out of range) counts as infinitely bad, so the simplex backs away.
  const f = (p: number[]) => {
    const v = objective(p);
    return Number.isFinite(v) ? v : Infinity;
  };
  let vertices = [start.slice()];
  for (let i = 0; i < n; i++) {
    const v = start.slice();
    v[i] += step;
    vertices.push(v);
  }
  let values = vertices.map(f);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    vertices = order.map((i) => vertices[i]);
    values = order.map((i) => values[i]);
    if (hasConverged(vertices, values, valueTolerance, pointTolerance)) {
      return { point: vertices[0], value: values[0], iterations, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) centroid[k] += vertices[i][k] / n;
    const worst = vertices[n];
    const toward = (coefficient: number) => centroid.map((c, k) => c + coefficient * (c - worst[k]));
    const reflected = toward(REFLECT);
    const reflectedValue = f(reflected);
    if (reflectedValue < values[0]) {
      const expanded = toward(EXPAND);
      const expandedValue = f(expanded);
      [vertices[n], values[n]] = expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
    } else if (reflectedValue < values[n - 1]) {
      [vertices[n], values[n]] = [reflected, reflectedValue];
    } else {
      const contracted = toward(reflectedValue < values[n] ? CONTRACT : -CONTRACT);
      const contractedValue = f(contracted);
      if (contractedValue < Math.min(reflectedValue, values[n])) {
        [vertices[n], values[n]] = [contracted, contractedValue];
      } else {
        for (let i = 1; i <= n; i++) {
          vertices[i] = vertices[i].map((x, k) => vertices[0][k] + SHRINK * (x - vertices[0][k]));
          values[i] = f(vertices[i]);
        }
      }
    }
  }
  let bestIndex = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { point: vertices[bestIndex], value: values[bestIndex], iterations, converged: false };
}

function hasConverged(vertices: number[][], values: number[], valueTolerance: number, pointTolerance: number): boolean {
  if (values[values.length - 1] - values[0] > valueTolerance * Math.max(1, Math.abs(values[0]))) return false;
  return vertices.every((v) => v.every((x, k) => Math.abs(x - vertices[0][k]) <= pointTolerance));
}
