/**
 * Growth against a baseline as a conditional binomial test: given n events in the window, under
 * "no change" each lands in the recent period with probability = the recent share of exposure.
 * This is the exact test for comparing two Poisson rates, and with exposure = documents per bucket
 * it becomes the test of a rising share of conversation.
 */
import { binomialUpperTail } from '../math/distributions.js';

// Half an event added to each side keeps growth finite for series that had no baseline at all.
const GROWTH_SMOOTHING = 0.5;

export interface RateTestResult {
  pValue: number;
  growth: number;
  recent: number;
  baseline: number;
}

/**
 * values/exposure are per bucket, oldest first; the last `recentBuckets` form the recent period.
 * dispersion ≥ 1 shrinks the effective counts (quasi-Poisson) for over-dispersed series.
 */
export function rateTest(values: ArrayLike<number>, exposure: ArrayLike<number>, recentBuckets: number, dispersion: number): RateTestResult {
  const { recent, baseline, recentExposure, baselineExposure } = periodTotals(values, exposure, recentBuckets);
  if (recentExposure <= 0 || baselineExposure <= 0) return { pValue: 1, growth: 0, recent, baseline };
  const recentShare = recentExposure / (recentExposure + baselineExposure);
  const pValue = risingTail(recent / dispersion, (recent + baseline) / dispersion, recentShare);
  const growth =
    (recent + GROWTH_SMOOTHING) / recentExposure / ((baseline + GROWTH_SMOOTHING) / baselineExposure) - 1;
  return { pValue, growth, recent, baseline };
}

// Three baseline buckets are the fewest from which a variance means anything.
const MIN_BUCKETS_FOR_DISPERSION = 3;

/**
 * Pearson dispersion of the baseline buckets around a constant rate: 1 for Poisson counts, larger
 * for search volumes, sales or engagement-weighted posts. Never below 1, so the test stays exact
 * for plain counts.
 */
export function baselineDispersion(values: ArrayLike<number>, exposure: ArrayLike<number>, recentBuckets: number): number {
  const split = values.length - recentBuckets;
  let total = 0;
  let totalExposure = 0;
  let buckets = 0;
  for (let i = 0; i < split; i++) {
    if (exposure[i] <= 0) continue;
    total += values[i];
    totalExposure += exposure[i];
    buckets++;
  }
  if (buckets < MIN_BUCKETS_FOR_DISPERSION || total <= 0) return 1;
  const rate = total / totalExposure;
  let pearson = 0;
  for (let i = 0; i < split; i++) {
    if (exposure[i] <= 0) continue;
    const expected = rate * exposure[i];
    pearson += ((values[i] - expected) * (values[i] - expected)) / expected;
  }
  return Math.max(1, pearson / (buckets - 1));
}

/**
 * The rate test when last year is known: is the recent period up on its baseline by more than the
 * same weeks were up last year? Conditional on the recent events of both years, this year's share
 * is binomial with the probability set by the two baselines. Last year's recent events enter as
 * counts, so their noise is part of the test instead of becoming this year's "expected" shape.
 */
export function seasonalRateTest(
  values: ArrayLike<number>,
  exposure: ArrayLike<number>,
  yearAgoValues: ArrayLike<number>,
  yearAgoExposure: ArrayLike<number>,
  recentBuckets: number,
  dispersion: number,
): RateTestResult {
  const now = periodTotals(values, exposure, recentBuckets);
  const before = periodTotals(yearAgoValues, yearAgoExposure, recentBuckets);
  const plain = rateTest(values, exposure, recentBuckets, dispersion);
  if (now.baselineExposure <= 0 || before.baselineExposure <= 0 || before.baseline <= 0) return plain;
  // Expected recent events each year: its baseline rate times its recent exposure (season cancels).
  const expectedNow = ((now.baseline + GROWTH_SMOOTHING) / now.baselineExposure) * now.recentExposure;
  const expectedBefore = (before.baseline / before.baselineExposure) * before.recentExposure;
  const shareNow = expectedNow / (expectedNow + expectedBefore);
  const pValue = risingTail(now.recent / dispersion, (now.recent + before.recent) / dispersion, shareNow);
  const seasonalLift = (before.recent + GROWTH_SMOOTHING) / (expectedBefore + GROWTH_SMOOTHING);
  const growth = (now.recent + GROWTH_SMOOTHING) / (expectedNow * seasonalLift) - 1;
  return { pValue, growth, recent: plain.recent, baseline: plain.baseline };
}

/**
 * One-sided p-value for "more than expected". At or below the expected count the tail is at least
 * about one half and nothing can be flagged, so 1 is reported without computing it: most series on
 * most scans are not rising, and this is the radar's costliest function.
 */
function risingTail(observed: number, total: number, share: number): number {
  return observed <= total * share ? 1 : binomialUpperTail(observed, total, share);
}

interface PeriodTotals {
  recent: number;
  baseline: number;
  recentExposure: number;
  baselineExposure: number;
}

function periodTotals(values: ArrayLike<number>, exposure: ArrayLike<number>, recentBuckets: number): PeriodTotals {
  const split = values.length - recentBuckets;
  const totals = { recent: 0, baseline: 0, recentExposure: 0, baselineExposure: 0 };
  for (let i = 0; i < values.length; i++) {
    if (i < split) {
      totals.baseline += values[i];
      totals.baselineExposure += exposure[i];
    } else {
      totals.recent += values[i];
      totals.recentExposure += exposure[i];
    }
  }
  return totals;
}
