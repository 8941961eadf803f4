import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { bgnbdLikelihoodWithGradient } from './bgnbd.js';
import { dayNumber, summariseBuyers } from './buyer-history.js';
import { parseCdnow } from './cdnow.js';
import { gammaGammaLikelihoodWithGradient } from './gamma-gamma.js';
import { minimise } from './nelder-mead.js';
import { minimiseWithGradient } from './quasi-newton.js';
import { digamma } from './special-functions.js';
import { groupRepeatPurchases, groupRepeatSpend } from './sufficient-statistics.js';

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

describe('likelihood gradients on the CDNOW sample', () => {
  const histories = summariseBuyers(parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')), {
    calibrationEndDay: dayNumber('1997-09-30'),
    observationEndDay: dayNumber('1997-09-30'),
    unitDays: 7,
  });
  const step = 1e-6;
  const central = (f: (p: number[]) => number, p: number[], i: number) => {
    const up = p.slice();
    const down = p.slice();
    up[i] += step;
    down[i] -= step;
    return (f(up) - f(down)) / (2 * step);
  };

  it('BG/NBD: analytic gradient matches central differences', () => {
    const groups = groupRepeatPurchases(histories);
    const at = [0.3, 5, 0.9, 2.1];
    const toParams = (p: number[]) => ({ r: p[0], alpha: p[1], a: p[2], b: p[3] });
    const { gradient } = bgnbdLikelihoodWithGradient(toParams(at), groups);
    for (let i = 0; i < 4; i++) {
      const numeric = central((p) => bgnbdLikelihoodWithGradient(toParams(p), groups).value, at, i);
      expect(gradient[i] / numeric).toBeCloseTo(1, 5);
    }
  });

  it('Gamma-Gamma: analytic gradient matches central differences', () => {
    const groups = groupRepeatSpend(histories);
    const at = [5, 3, 12];
    const toParams = (p: number[]) => ({ p: p[0], q: p[1], v: p[2] });
    const { gradient } = gammaGammaLikelihoodWithGradient(toParams(at), groups);
    for (let i = 0; i < 3; i++) {
      const numeric = central((p) => gammaGammaLikelihoodWithGradient(toParams(p), groups).value, at, i);
      expect(gradient[i] / numeric).toBeCloseTo(1, 5);
    }
  });

  it('digamma matches mpmath from near zero to large arguments', () => {
    expect(digamma(0.001)).toBeCloseTo(-1000.57557193181, 9);
    expect(digamma(0.243)).toBeCloseTo(-4.35109386442321, 12);
    expect(digamma(1)).toBeCloseTo(-0.577215664901533, 12);
    expect(digamma(7.3)).toBeCloseTo(1.91782033563799, 12);
    expect(digamma(1000.5)).toBeCloseTo(6.9077553206488, 12);
  });
});
