/**
 * One series, three questions: has the recent rate grown past the baseline (rate test), has it
 * climbed steadily (Mann-Kendall), did it jump (change point)? The smallest p-value names the
 * signal; multiplying by the number of tests keeps the combined p-value valid before BH.
 */
import { changePoint } from './change-point.js';
import { mannKendall } from './mann-kendall.js';
import { baselineDispersion, rateTest, seasonalRateTest, type RateTestResult } from './rate-test.js';
import { applySeasonalShape, hasYearAgoHistory } from './seasonality.js';
import { MAX_BUCKETS } from './time-buckets.js';
import type { TrendTest } from '../domain/trends.js';

const TESTS_PER_SERIES = 3;
// With a year of history the jump test is left out: a jump this year that also happened last year is
// the season, and the year-over-year rate test already asks whether this year's jump is bigger.
const SEASONAL_TESTS_PER_SERIES = 2;
const NO_JUMP = { pValue: 1 };

export interface SeriesVerdict {
  pValue: number;
  test: TrendTest;
  growth: number;
  recent: number;
  baseline: number;
}

export interface SeriesWindowInput {
  /** Weight per bucket, oldest first. */
  values: Float64Array;
  /** Expected relative level per bucket (documents, seasonality); 0 where there was no data yet. */
  exposure: Float64Array;
  buckets: number;
  bucketDays: number;
  recentBuckets: number;
  /** The same window a year earlier, when the series existed then. */
  yearAgo: { values: Float64Array; exposure: Float64Array } | null;
  emerging: boolean;
}

// Scratch space for per-bucket rates, reused across series.
const rates = new Float64Array(MAX_BUCKETS);
const expectedScratch = new Float64Array(MAX_BUCKETS);

export function judgeSeries(input: SeriesWindowInput): SeriesVerdict {
  const { buckets, recentBuckets } = input;
  const values = input.values.subarray(0, buckets);
  const exposure = input.exposure.subarray(0, buckets);
  const dispersion = baselineDispersion(values, exposure, recentBuckets);
  const yearAgo = input.yearAgo && hasYearAgoHistory(input.yearAgo.values, input.yearAgo.exposure, buckets) ? input.yearAgo : null;
  // The level each bucket is expected at: its exposure, shaped like last year where that is known.
  const expected = expectedScratch.subarray(0, buckets);
  expected.set(exposure);
  let rate: RateTestResult;
  let jump = NO_JUMP;
  if (yearAgo) {
    // With last year known: did the recent weeks rise more than the same weeks did last year, and
    // does the series climb beyond last year's shape?
    rate = seasonalRateTest(values, exposure, yearAgo.values.subarray(0, buckets), yearAgo.exposure.subarray(0, buckets), recentBuckets, dispersion);
    applySeasonalShape(expected, yearAgo.values, yearAgo.exposure, buckets, input.bucketDays);
  } else {
    rate = rateTest(values, exposure, recentBuckets, dispersion);
    jump = changePoint(values, exposure, dispersion);
  }
  let observed = 0;
  for (let i = 0; i < buckets; i++) if (expected[i] > 0) rates[observed++] = values[i] / expected[i];
  const trend = mannKendall(rates.subarray(0, observed));

  let best = rate.pValue;
  let test: TrendTest = yearAgo ? 'rate-seasonal' : 'rate';
  if (trend.pValue < best) {
    best = trend.pValue;
    test = 'mann-kendall';
  }
  if (jump.pValue < best) {
    best = jump.pValue;
    test = 'change-point';
  }
  // A series with no past is reported as new whichever test saw it first.
  if (input.emerging) test = 'emerging';
  return {
    pValue: Math.min(1, (yearAgo ? SEASONAL_TESTS_PER_SERIES : TESTS_PER_SERIES) * best),
    test,
    growth: rate.growth,
    recent: rate.recent,
    baseline: rate.baseline,
  };
}
