import { describe, expect, it } from 'vitest';
import { studentTTwoSidedQuantile } from './distributions.js';
import { fitLine } from './linear-regression.js';

// Anscombe's quartet, set I (Anscombe 1973, The American Statistician 27:17–21).
const X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const Y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe('fitLine', () => {
  it('matches the published fit of Anscombe I: y = 3.0001 + 0.5001x, slope SE 0.1179, 95% interval 0.2334–0.7668', () => {
    const fit = fitLine(X, Y)!;
    expect(fit.slope).toBeCloseTo(0.5001, 4);
    expect(fit.intercept).toBeCloseTo(3.0001, 4);
    expect(fit.slopeStandardError).toBeCloseTo(0.1179, 4);
    expect(fit.degreesOfFreedom).toBe(9);
    // R: confint(lm(y1 ~ x1, anscombe)) gives 0.2333701 and 0.7668117.
    expect(fit.slopeLow).toBeCloseTo(0.23337, 4);
    expect(fit.slopeHigh).toBeCloseTo(0.76681, 4);
  });

  it('refuses to fit what cannot be measured: two points, or x that never changes', () => {
    expect(fitLine([1, 2], [3, 4])).toBeNull();
    expect(fitLine([5, 5, 5], [1, 2, 3])).toBeNull();
  });
});

describe('studentTTwoSidedQuantile', () => {
  it('gives the printed table values', () => {
    expect(studentTTwoSidedQuantile(0.95, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTTwoSidedQuantile(0.95, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTTwoSidedQuantile(0.9, 30)).toBeCloseTo(1.6973, 4);
  });
});
