import { describe, expect, it } from 'vitest';
import { minimise } from './nelder-mead.js';
import { minimiseWithGradient } from './quasi-newton.js';

// Rosenbrock's banana valley: the classic test a minimiser must walk down to (1, 1).
const rosenbrock = ([x, y]: number[]) => ({
  value: (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
});

describe('minimisers', () => {
  it('BFGS finds the Rosenbrock minimum from the usual start', () => {
    const m = minimiseWithGradient(rosenbrock, [-1.2, 1]);
    expect(m.converged).toBe(true);
    expect(m.point[0]).toBeCloseTo(1, 4);
    expect(m.point[1]).toBeCloseTo(1, 4);
  });

  it('Nelder–Mead finds it without gradients', () => {
    const m = minimise((p) => rosenbrock(p).value, [-1.2, 1]);
    expect(m.point[0]).toBeCloseTo(1, 4);
    expect(m.point[1]).toBeCloseTo(1, 4);
  });
});
