/**
 * Maximum likelihood for the CLV models: BFGS on the analytic gradient, and where it stalls —
 * degenerate fits where a parameter runs off towards 0 or ∞ leave a flat, badly scaled valley —
 * a Nelder–Mead simplex carries on from where it stopped.
 */
import { minimise, type Minimum } from './nelder-mead.js';
import { minimiseWithGradient, type ValueAndGradient } from './quasi-newton.js';

export interface MaximumLikelihoodFit<P> {
  params: P;
  logLikelihood: number;
  /** Buyers behind the fit (the sum of the group weights). */
  buyers: number;
  iterations: number;
  converged: boolean;
}

/**
 * Fits strictly positive parameters by optimising their logarithms, starting from all ones
 * (the data's time and money scales are absorbed within a few steps).
 * `likelihood` returns the log-likelihood and its gradient in the order of `names`.
 */
export function fitPositiveParameters<P extends { [K in keyof P]: number }>(
  names: readonly (keyof P & string)[],
  likelihood: (params: P) => ValueAndGradient,
  weights: Float64Array,
): MaximumLikelihoodFit<P> {
  const toParams = (logs: number[]) => Object.fromEntries(names.map((name, i) => [name, Math.exp(logs[i])])) as P;
  const result = maximiseLogLikelihood(
    (logs) => {
      const params = toParams(logs);
      const { value, gradient } = likelihood(params);
      // Chain rule: ∂/∂ln θ = θ ∂/∂θ.
      return { value, gradient: gradient.map((g, i) => g * params[names[i]]) };
    },
    names.map(() => 0),
  );
  const buyers = weights.reduce((sum, w) => sum + w, 0);
  return { params: toParams(result.point), logLikelihood: -result.value, buyers, iterations: result.iterations, converged: result.converged };
}

/** Returns the minimum of −log-likelihood: `value` is the negated maximum. */
function maximiseLogLikelihood(logLikelihood: (point: number[]) => ValueAndGradient, start: number[]): Minimum {
  const negated = (point: number[]) => {
    const { value, gradient } = logLikelihood(point);
    return { value: -value, gradient: gradient.map((g) => -g) };
  };
  const quasiNewton = minimiseWithGradient(negated, start);
  if (quasiNewton.converged) return quasiNewton;
  const simplex = minimise((point) => negated(point).value, quasiNewton.point);
  const best = simplex.value <= quasiNewton.value ? simplex : quasiNewton;
  return { ...best, iterations: quasiNewton.iterations + simplex.iterations };
}
