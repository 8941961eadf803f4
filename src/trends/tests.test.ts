import { describe, expect, it } from 'vitest';
import { changePoint } from './change-point.js';
import { benjaminiHochberg } from './false-discovery.js';
import { mannKendall, senSlope } from './mann-kendall.js';
import { baselineDispersion, rateTest } from './rate-test.js';

const flat = (n: number) => new Float64Array(n).fill(1);

describe('Mann-Kendall and Sen slope', () => {
  it('scores a steady climb and gives its slope', () => {
    // S = 45 - 2·1 (one swapped pair) for n = 10; Var(S) = 125, z = (43-1)/√125.
    const result = mannKendall([1, 2, 3, 4, 6, 5, 7, 8, 9, 10]);
    expect(result.statistic).toBe(43);
    expect(result.pValue).toBeCloseTo(8.6e-5, 6);
    expect(senSlope([1, 2, 3, 4, 6, 5, 7, 8, 9, 10])).toBe(1);
    expect(senSlope([0, 0, 10, 0, 0])).toBe(0);
  });

  it('does not call a falling series rising', () => {
    expect(mannKendall([9, 8, 8, 6, 5, 3, 2]).pValue).toBe(1);
  });
});

describe('rate test', () => {
  it('is the exact binomial tail of the recent share', () => {
    // 10 baseline buckets with 2 each, 3 recent buckets with 6 each: 18 of 38 events in 3/13 of the time.
    const values = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 6, 6, 6];
    const result = rateTest(values, flat(13), 3, 1);
    expect(result.recent).toBe(18);
    expect(result.baseline).toBe(20);
    expect(result.growth).toBeCloseTo(18.5 / 3 / (20.5 / 10) - 1, 10);
    // Σ_{i≥18} C(38,i) (3/13)^i (10/13)^(38-i)
    expect(result.pValue).toBeCloseTo(8.7386e-4, 7);
    expect(rateTest([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2], flat(13), 3, 1).pValue).toBeGreaterThan(0.2);
  });

  it('widens for over-dispersed series', () => {
    const volumes = [900, 1300, 700, 1200, 800, 1100, 1000, 950, 1050, 1000, 1400, 1300, 1350];
    const dispersion = baselineDispersion(volumes, flat(13), 3);
    expect(dispersion).toBeGreaterThan(30);
    expect(rateTest(volumes, flat(13), 3, 1).pValue).toBeLessThan(1e-10);
    expect(rateTest(volumes, flat(13), 3, dispersion).pValue).toBeGreaterThan(1e-3);
  });
});

describe('change point', () => {
  it('finds where a rate jumped', () => {
    const result = changePoint([3, 2, 4, 3, 2, 3, 3, 12, 11, 13, 12, 10, 12], flat(13), 1);
    expect(result.at).toBe(7);
    expect(result.ratio).toBeCloseTo(70 / 6 / (20 / 7), 6);
    expect(result.pValue).toBeLessThan(1e-6);
  });
});

describe('Benjamini-Hochberg', () => {
  it('matches R p.adjust(method = "BH")', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
    expect(Array.from(q).map((v) => Number(v.toFixed(6)))).toEqual([0.025, 0.05, 0.05, 0.025, 0.5]);
  });
});
