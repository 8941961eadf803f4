import { describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityAlive } from './bgnbd.js';
import { expectedAverageSpend } from './gamma-gamma.js';

// The published CDNOW fits, so the checks below run on realistic parameter values.
const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spend = { p: 6.25, q: 3.74, v: 15.44 };

describe('BG/NBD predictions', () => {
  it('match eq. (10) evaluated in 50-digit arithmetic (mpmath), for light and very heavy buyers', () => {
    expect(expectedPurchases(cdnow, 39, 2, 30.43, 38.86)).toBeCloseTo(1.2260281747671444, 10);
    // 500 purchases: 2F1 here is about 1e171 and Γ(r + x) overflows doubles; the log-space path must not.
    expect(expectedPurchases(cdnow, 52, 500, 38.5, 39) / 281.81639245588841).toBeCloseTo(1, 9);
  });

  it('grow with the horizon and fall as the buyer goes quiet', () => {
    const soon = expectedPurchases(cdnow, 10, 4, 30, 39);
    const later = expectedPurchases(cdnow, 52, 4, 30, 39);
    expect(later).toBeGreaterThan(soon);
    expect(expectedPurchases(cdnow, 52, 4, 5, 39)).toBeLessThan(later);
    expect(probabilityAlive(cdnow, 4, 5, 39)).toBeLessThan(probabilityAlive(cdnow, 4, 30, 39));
  });

  it('agree between the direct series (z ≤ ½) and the Euler-transformed one (z > ½)', () => {
    // z = t / (α + T + t) crosses ½ at t = α + T; the forecast must be continuous there.
    const T = 20;
    const edge = cdnow.alpha + T;
    const below = expectedPurchases(cdnow, edge * (1 - 1e-9), 3, 15, T);
    const above = expectedPurchases(cdnow, edge * (1 + 1e-9), 3, 15, T);
    expect(above / below).toBeCloseTo(1, 7);
  });

  it('stay accurate when a fit sends b towards infinity (nobody drops out), on both series branches', () => {
    // Fitted on the demo shop, whose generated buyers never churn; references from 60-digit mpmath.
    const noDropout = { r: 1.475, alpha: 9.521, a: 0.1013, b: 2.179e9 };
    expect(expectedPurchases(noDropout, 12, 0, 0, 20) / 0.59957318517618223).toBeCloseTo(1, 5);
    expect(expectedPurchases(noDropout, 52, 0, 0, 20) / 2.5981504688942591).toBeCloseTo(1, 5);
    expect(expectedPurchases(noDropout, 52, 3, 15, 20) / 7.8825243021244370).toBeCloseTo(1, 5);
  });

  it('survive a degenerate fit with a + b < 1, where 2F1 turns negative', () => {
    const degenerate = { r: 1.6, alpha: 9.5, a: 1e-8, b: 1.7e-8 };
    const forecasts = [8, 26, 52].map((t) => expectedPurchases(degenerate, t, 0, 0, 20));
    for (const f of forecasts) expect(f).toBeGreaterThan(0);
    expect(forecasts[1]).toBeGreaterThan(forecasts[0]);
    expect(forecasts[2]).toBeGreaterThan(forecasts[1]);
  });
});

describe('Gamma-Gamma spend', () => {
  it("shrinks a buyer's own average towards the population mean, less so the more purchases back it", () => {
    const populationMean = (spend.p * spend.v) / (spend.q - 1);
    expect(expectedAverageSpend(spend, 0, 0)).toBeCloseTo(populationMean, 12);
    const one = expectedAverageSpend(spend, 1, 100);
    const ten = expectedAverageSpend(spend, 10, 100);
    expect(one).toBeGreaterThan(populationMean);
    expect(one).toBeLessThan(ten);
    expect(ten).toBeLessThan(100);
  });
});
