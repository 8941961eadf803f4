import { describe, expect, it } from 'vitest';
import { closedFormNormalLaunch } from './launch-closed-form.js';
import { breakEvenUnits, netPerUnit, noPaybackCause, seasonOutcome, unitsProduced } from './launch-economics.js';
import { type LaunchPlanInput, launchPlanSchema } from './launch-plan.js';
import { simulateLaunch } from './launch-risk.js';
import { normalCdf } from '../math/distributions.js';

/** A Taizhou storage-box mould: 300,000 yuan, 45 days, 20,000 boxes in the first run. */
const storageBox: LaunchPlanInput = {
  mouldCost: 300_000,
  leadTimeDays: 45,
  minimumOrder: 5_000,
  firstOrder: 20_000,
  unitCost: 12,
  price: 49,
  channelFeeRate: 0.08,
  channelFeePerUnit: 5,
  sellingWeeks: 26,
  demand: { kind: 'normal', mean: 16_000, sd: 6_000 },
  startDate: '2026-03-01',
};

const plan = (overrides: Partial<LaunchPlanInput> = {}) => launchPlanSchema.parse({ ...storageBox, ...overrides });

/** Monte-Carlo answers must sit within this many standard errors of the exact one (false alarm ≈ 1 in 15,000). */
const TOLERANCE_IN_STANDARD_ERRORS = 4;

describe('why a launch never pays back', () => {
  it('blames a first batch too small to cover the mould, and says how big it must be', () => {
    // Each box earns 49·0.92 − 5 − 12 = 28.08; 300,000 / 28.08 = 10,683.8 boxes, so 8,000 without reruns can never pay back.
    const small = plan({ firstOrder: 8_000, restock: false });
    expect(breakEvenUnits(small)).toBeNull();
    expect(noPaybackCause(small)).toEqual({ cause: 'firstBatchTooSmall', firstOrderNeeded: 10_684 });
    expect(breakEvenUnits(plan({ firstOrder: 10_684, restock: false }))).not.toBeNull();
    expect(noPaybackCause(plan({ firstOrder: 8_000, restock: true }))).toBeNull();
    expect(simulateLaunch(small, { draws: 100 }).noPayback?.cause).toBe('firstBatchTooSmall');
  });

  it('blames the price when a unit earns less than it costs', () => {
    expect(noPaybackCause(plan({ price: 18 }))).toEqual({ cause: 'unitLoss' });
    expect(noPaybackCause(plan())).toBeNull();
  });
});

describe('launch economics with a known demand', () => {
  it('gives the exact profit, break-even and payback date', () => {
    const p = plan({ demand: { kind: 'fixed', units: 18_000 } });
    const net = 49 * 0.92 - 5;
    const exactProfit = 18_000 * net - 20_000 * 12 - 300_000;
    const exactBreakEven = (300_000 + 20_000 * 12) / net;
    const risk = simulateLaunch(p, { draws: 200 });
    expect(risk.expectedProfit).toBeCloseTo(exactProfit, 6);
    expect(risk.chanceOfLoss).toBe(exactProfit < 0 ? 1 : 0);
    expect(risk.breakEvenUnits).toBeCloseTo(exactBreakEven, 9);
    const weeks = 45 / 7 + (exactBreakEven / 18_000) * 26;
    expect(risk.breakEvenWeeks.p50).toBeCloseTo(weeks, 9);
    const paybackDay = new Date(Date.parse('2026-03-01T00:00:00Z') + Math.ceil(weeks * 7) * 86_400_000);
    expect(risk.paybackDate).toBe(paybackDay.toISOString().slice(0, 10));
    expect(risk.expectedUnsoldUnits).toBeCloseTo(2_000, 9);
  });

  it('never pays back when a unit earns less than it costs', () => {
    const p = plan({ price: 15, demand: { kind: 'fixed', units: 50_000 } });
    expect(netPerUnit(p)).toBeLessThan(p.unitCost);
    expect(breakEvenUnits(p)).toBeNull();
    const risk = simulateLaunch(p, { draws: 50 });
    expect(risk.chanceOfPayback).toBe(0);
    expect(risk.paybackDate).toBeNull();
  });

  it('finds the first unit count that pays back when the factory reruns in minimum-order batches', () => {
    const p = plan({ restock: true, minimumOrder: 1_000, firstOrder: 1_000, mouldCost: 100_000, channelFeeRate: 0.05, channelFeePerUnit: 2 });
    const net = netPerUnit(p);
    let bruteForce = 0;
    while (bruteForce * net < p.mouldCost + unitsProduced(p, bruteForce) * p.unitCost) bruteForce++;
    const breakEven = breakEvenUnits(p);
    expect(breakEven).not.toBeNull();
    expect(Math.ceil(breakEven!)).toBe(bruteForce);
    // A rerun for demand just past a batch costs a whole batch: profit falls although demand rose.
    const justAfterRerun = seasonOutcome(p, 5_001).profit;
    expect(justAfterRerun).toBeLessThan(seasonOutcome(p, 5_000).profit);
  });
});

describe('launch risk against closed-form answers', () => {
  it('uses a normal CDF exact to far below the simulation error', () => {
    // Reference values of Φ to 16 digits (R: pnorm).
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(Math.abs(normalCdf(-6) / 9.865876450376946e-10 - 1)).toBeLessThan(1e-9);
  });

  it('matches the normal-demand chance of loss, expected profit and value of perfect information', () => {
    const p = plan({ testFirst: { cost: 0, days: 0, noise: 0 } });
    const exact = closedFormNormalLaunch(p);
    const breakEven = (300_000 + 20_000 * 12) / netPerUnit(p);
    expect(exact.chanceOfLoss).toBeCloseTo(normalCdf((breakEven - 16_000) / 6_000), 12);

    const risk = simulateLaunch(p, { seed: 7 });
    const lossError = Math.sqrt((exact.chanceOfLoss * (1 - exact.chanceOfLoss)) / risk.draws);
    expect(Math.abs(risk.chanceOfLoss - exact.chanceOfLoss)).toBeLessThan(TOLERANCE_IN_STANDARD_ERRORS * lossError);
    expect(Math.abs(risk.expectedProfit - exact.expectedProfit)).toBeLessThan(
      TOLERANCE_IN_STANDARD_ERRORS * risk.expectedProfitError,
    );
    // A free, instant, perfect test is worth exactly the value of perfect information on the same draws.
    expect(risk.testFirst!.valueOfTesting).toBeCloseTo(risk.testFirst!.valueOfPerfectInformation, 6);
    expect(risk.testFirst!.valueOfPerfectInformation).toBeCloseTo(exact.valueOfPerfectInformation, -3);
  });

  it('matches the triangular CDF for the merchant’s low / likely / high range', () => {
    const [low, likely, high] = [6_000, 14_000, 30_000];
    const p = plan({ demand: { kind: 'range', low, likely, high } });
    const b = breakEvenUnits(p)!;
    const exact =
      b <= likely ? (b - low) ** 2 / ((high - low) * (likely - low)) : 1 - (high - b) ** 2 / ((high - low) * (high - likely));
    const risk = simulateLaunch(p, { seed: 3 });
    const error = Math.sqrt((exact * (1 - exact)) / risk.draws);
    expect(Math.abs(risk.chanceOfLoss - exact)).toBeLessThan(TOLERANCE_IN_STANDARD_ERRORS * error);
  });

  it('scales demand by the price elasticity', () => {
    const fixed = { kind: 'fixed' as const, units: 18_000 };
    const atReference = simulateLaunch(plan({ demand: fixed }), { draws: 10 });
    const dearer = plan({ demand: fixed, price: 49 * 1.2, elasticity: { referencePrice: 49, elasticity: -1.5 } });
    const risk = simulateLaunch(dearer, { draws: 10 });
    const demandAtNewPrice = 18_000 * 1.2 ** -1.5;
    expect(risk.expectedUnitsSold).toBeCloseTo(demandAtNewPrice, 6);
    expect(risk.expectedProfit).toBeCloseTo(seasonOutcome(dearer, demandAtNewPrice).profit, 6);
    expect(atReference.priceCurve).toBeNull();
    const atPlanPrice = risk.priceCurve!.find((point) => Math.abs(point.price - dearer.price) < 1e-9)!;
    expect(atPlanPrice.expectedProfit).toBeCloseTo(risk.expectedProfit, 6);
  });
});

describe('value of testing first', () => {
  it('says skip the test when demand is already certain', () => {
    const risk = simulateLaunch(plan({ demand: { kind: 'fixed', units: 18_000 }, testFirst: { cost: 8_000, days: 14, noise: 0.3 } }), {
      draws: 2_000,
    });
    expect(risk.testFirst!.valueOfPerfectInformation).toBeCloseTo(0, 9);
    expect(risk.testFirst!.valueOfTesting).toBeLessThan(-8_000 + 1e-6);
    expect(risk.testFirst!.advice).toBe('launch');
  });

  it('pays for a cheap test when the launch is a coin flip, and less as the test gets noisier', () => {
    const coinFlip = { kind: 'normal' as const, mean: 14_000, sd: 8_000 };
    const withTest = (noise: number) =>
      simulateLaunch(plan({ demand: coinFlip, testFirst: { cost: 5_000, days: 7, noise } }), { seed: 11 }).testFirst!;
    const sharp = withTest(0.2);
    const blurry = withTest(1.5);
    expect(sharp.advice).toBe('test-first');
    expect(sharp.valueOfTesting).toBeGreaterThan(blurry.valueOfTesting);
    expect(sharp.valueOfTesting).toBeLessThan(sharp.valueOfPerfectInformation);
    expect(sharp.launchWhenTestShowsUnits).not.toBeNull();
  });
});

describe('determinism', () => {
  it('gives identical results for one seed and different draws for another', () => {
    const p = plan();
    expect(simulateLaunch(p, { seed: 5, draws: 3_000 })).toEqual(simulateLaunch(p, { seed: 5, draws: 3_000 }));
    expect(simulateLaunch(p, { seed: 6, draws: 3_000 }).expectedProfit).not.toBe(
      simulateLaunch(p, { seed: 5, draws: 3_000 }).expectedProfit,
    );
  });

  it('puts every draw in exactly one bar of the profit chart', () => {
    const risk = simulateLaunch(plan(), { draws: 5_000 });
    expect(risk.profitChart.reduce((sum, bar) => sum + bar.count, 0)).toBe(5_000);
    expect(risk.profitChart[0].from).toBeLessThan(risk.profitPercentiles.p5);
  });
});
