import { describe, expect, it } from 'vitest';
import { brierScore, expectedCalibrationError } from './calibration.js';
import { createRng } from '../math/random.js';

describe('calibration of stated probabilities', () => {
  it('is near zero for claims that come true as often as they say', () => {
    const rng = createRng(4);
    const claims = Array.from({ length: 50_000 }, () => {
      const probability = rng.uniform();
      return { probability, happened: rng.uniform() < probability };
    });
    expect(expectedCalibrationError(claims)).toBeLessThan(0.01);
    // For uniform p with outcomes drawn at p, the Brier score is E[p(1−p)] = 1/6.
    expect(brierScore(claims)).toBeCloseTo(1 / 6, 2);
  });

  it('measures the gap of overconfident claims', () => {
    const claims = Array.from({ length: 1_000 }, (_, i) => ({ probability: 0.9, happened: i % 2 === 0 }));
    expect(expectedCalibrationError(claims)).toBeCloseTo(0.4, 12);
    expect(brierScore(claims)).toBeCloseTo((0.81 + 0.01) / 2, 12);
  });
});
