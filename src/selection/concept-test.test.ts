import { describe, expect, it } from 'vitest';
import { type ConceptVariant, compareConcepts } from './concept-test.js';
import { incompleteBeta as betaCdf, logGamma } from '../math/special-functions.js';

const variant = (name: string, overrides: Partial<ConceptVariant> = {}): ConceptVariant => ({
  name,
  views: 0,
  likes: 0,
  saves: 0,
  commentScores: [],
  buyingComments: 0,
  intentAsked: 0,
  intentYes: 0,
  ...overrides,
});

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/** Exact P(B > A) for A ~ Beta(aA, bA), B ~ Beta(aB, bB) with integer aB (Miller 2015). */
function chanceSecondBeatsFirst(aA: number, bA: number, aB: number, bB: number): number {
  let total = 0;
  for (let i = 0; i < aB; i++) {
    total += Math.exp(logBeta(aA + i, bB + bA) - Math.log(bB + i) - logBeta(1 + i, bB) - logBeta(aA, bA));
  }
  return total;
}

function binomialTail(n: number, k: number, p: number): number {
  let total = 0;
  for (let j = k; j <= n; j++) {
    const logChoose = logGamma(n + 1) - logGamma(j + 1) - logGamma(n - j + 1);
    total += Math.exp(logChoose + j * Math.log(p) + (n - j) * Math.log(1 - p));
  }
  return total;
}

describe('Beta posteriors', () => {
  it('rests on an exact incomplete beta (I_x(k, n−k+1) = P(Binomial(n, x) ≥ k))', () => {
    for (const [n, k, x] of [
      [20, 3, 0.1],
      [200, 37, 0.2],
      [50, 49, 0.93],
    ]) {
      expect(betaCdf(x, k, n - k + 1)).toBeCloseTo(binomialTail(n, k, x), 10);
    }
  });

  it('gives 95% credible intervals whose tails hold 2.5% each', () => {
    const verdict = compareConcepts([
      variant('A', { intentAsked: 120, intentYes: 30 }),
      variant('B', { intentAsked: 90, intentYes: 12 }),
    ]);
    const a = verdict.variants[0].rates.intent;
    expect(a.mean).toBeCloseTo(31 / 122, 12);
    expect(betaCdf(a.low, 31, 91)).toBeCloseTo(0.025, 9);
    expect(betaCdf(a.high, 31, 91)).toBeCloseTo(0.975, 9);
  });
});

describe('comparing design variants', () => {
  it('matches the exact chance one Beta beats another', () => {
    const verdict = compareConcepts(
      [variant('蓝色款', { views: 1_000, saves: 42 }), variant('米白款', { views: 950, saves: 55 })],
      { seed: 9 },
    );
    expect(verdict.decidedBy).toBe('save');
    const exact = chanceSecondBeatsFirst(43, 959, 56, 896);
    const error = Math.sqrt((exact * (1 - exact)) / 20_000);
    expect(Math.abs(verdict.variants[1].chanceBest - exact)).toBeLessThan(4 * error);
    expect(verdict.leader).toBe('米白款');
  });

  it('decides by purchase intent when every variant was asked, and stops on a clear winner', () => {
    const verdict = compareConcepts([
      variant('A', { views: 5_000, saves: 300, intentAsked: 400, intentYes: 60 }),
      variant('B', { views: 5_000, saves: 310, intentAsked: 400, intentYes: 140 }),
      variant('C', { views: 5_000, saves: 290, intentAsked: 400, intentYes: 70 }),
    ]);
    expect(verdict.decidedBy).toBe('intent');
    expect(verdict.leader).toBe('B');
    expect(verdict.variants[1].chanceBest).toBeGreaterThan(0.999);
    expect(verdict.stop).toBe(true);
    expect(verdict.moreSampleNeeded).toBe(0);
  });

  it('keeps testing while two variants are neck and neck, asking for more the closer they are', () => {
    const close = compareConcepts([variant('A', { views: 300, saves: 21 }), variant('B', { views: 300, saves: 20 })]);
    expect(close.stop).toBe(false);
    expect(close.variants[0].chanceBest).toBeGreaterThan(0.4);
    expect(close.variants[0].chanceBest).toBeLessThan(0.75);
    const apart = compareConcepts([variant('A', { views: 300, saves: 30 }), variant('B', { views: 300, saves: 18 })]);
    expect(apart.moreSampleNeeded).toBeLessThan(close.moreSampleNeeded);
  });

  it('never stops while a variant has hardly been shown', () => {
    const verdict = compareConcepts([variant('A', { views: 2_000, saves: 40 }), variant('B', { views: 5, saves: 0 }), variant('C', { views: 0 })]);
    expect(verdict.stop).toBe(false);
    expect(verdict.moreSampleNeeded).toBeGreaterThanOrEqual(30);
  });

  it('weighs each comment by its chance of being positive', () => {
    const verdict = compareConcepts(
      [variant('A', { commentScores: [0.9, 0.8, 0.95, 0.1] }), variant('B', { commentScores: [0.2, 0.3] })],
      { decideBy: 'warmComment' },
    );
    expect(verdict.variants[0].rates.warmComment.mean).toBeCloseTo((1 + 2.75) / (2 + 4), 12);
    expect(verdict.variants[1].rates.warmComment.mean).toBeCloseTo((1 + 0.5) / (2 + 2), 12);
  });
});
