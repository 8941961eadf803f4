/**
 * Maximum likelihood for the CLV models: BFGS on the analytic gradient, and where it stalls —
 * degenerate fits where a parameter runs off towards 0 or ∞ leave a flat, badly scaled valley —
 * a Nelder–Mead simplex carries on from where it stopped.
 */
import { minimise, type Minimum } from './nelder-mead.js';
import { minimiseWithGradient, type ValueAndGradient } from './quasi-newton.js';

/** Returns the minimum of −log-likelihood: `value` is the negated maximum. */
export function maximiseLogLikelihood(logLikelihood: (point: number[]) => ValueAndGradient, start: number[]): Minimum {
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
