/**
 * Seasonality from the same window one year earlier: where last year is known, the radar compares
 * this year's rise with last year's (seasonalRateTest) and ranks the trend against last year's shape, so a December
 * peak that also happened last December is expected rather than "rising". This decides whether
 * last year is known well enough.
 */
import { chiSquareUpperTail } from './statistics.js';

// Fewer year-ago events than this and the year-ago window says nothing about the season.
const SEASONAL_MIN_EVENTS = 20;

export function hasYearAgoHistory(yearAgoValues: ArrayLike<number>, yearAgoExposure: ArrayLike<number>, buckets: number): boolean {
  let total = 0;
  for (let i = 0; i < buckets; i++) {
    if (yearAgoExposure[i] <= 0) return false;
    total += yearAgoValues[i];
  }
  return total >= SEASONAL_MIN_EVENTS;
}

// Pseudo-events pulling each year-ago bucket towards the flat profile: a bucket with hundreds of
// events keeps its shape, one with two events says little, so one odd day cannot set the season.
const SEASONAL_PSEUDO_EVENTS = 5;
// Last year's shape is used only if it differs from flat beyond chance (Pearson χ² upper tail below
// this); otherwise the noise of a flat series last year would become this year's "expected" shape.
const SEASONAL_SHAPE_P_VALUE = 0.01;

/**
 * Scales `exposure` in place by last year's shape within the window, for the trend test: a climb
 * that merely repeats last year's climb into the season then ranks as flat.
 */
export function applySeasonalShape(
  exposure: Float64Array,
  yearAgoValues: ArrayLike<number>,
  yearAgoExposure: ArrayLike<number>,
  buckets: number,
): void {
  let total = 0;
  let totalExposure = 0;
  for (let i = 0; i < buckets; i++) {
    total += yearAgoValues[i];
    totalExposure += yearAgoExposure[i];
  }
  const meanRate = total / totalExposure;
  let pearson = 0;
  for (let i = 0; i < buckets; i++) {
    const expected = meanRate * yearAgoExposure[i];
    pearson += (yearAgoValues[i] - expected) ** 2 / expected;
  }
  if (chiSquareUpperTail(pearson, buckets - 1) >= SEASONAL_SHAPE_P_VALUE) return;
  for (let i = 0; i < buckets; i++) {
    const expected = meanRate * yearAgoExposure[i];
    exposure[i] *= (yearAgoValues[i] + SEASONAL_PSEUDO_EVENTS) / (expected + SEASONAL_PSEUDO_EVENTS);
  }
}
