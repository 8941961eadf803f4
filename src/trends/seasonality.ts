/**
 * Seasonality from the same window one year earlier: where last year is known, the radar compares
 * this year's rise with last year's (seasonalRateTest) and ranks the trend against last year's shape, so a December
 * peak that also happened last December is expected rather than "rising". This decides whether
 * last year is known well enough.
 */
import { chiSquareUpperTail } from '../math/distributions.js';

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

// Pseudo-events pulling each year-ago level towards the flat profile: a level resting on hundreds of
// events keeps its shape, one resting on two says little, so one odd day cannot set the season.
const SEASONAL_PSEUDO_EVENTS = 5;
// Last year's shape is used only if it differs from flat beyond chance (Pearson χ² upper tail below
// this); otherwise the noise of a flat series last year would become this year's "expected" shape.
const SEASONAL_SHAPE_P_VALUE = 0.05;
// Last year is read a week at a time at least: single days hold too few events to show a season,
// and a week also evens out weekday habits.
const SEASON_GRAIN_DAYS = 7;

/**
 * Scales `exposure` in place by last year's shape within the window, for the trend test: a climb
 * that merely repeats last year's climb into the season then ranks as flat.
 */
export function applySeasonalShape(
  exposure: Float64Array,
  yearAgoValues: ArrayLike<number>,
  yearAgoExposure: ArrayLike<number>,
  buckets: number,
  bucketDays: number,
): void {
  const grain = Math.max(1, Math.round(SEASON_GRAIN_DAYS / bucketDays));
  let total = 0;
  let totalExposure = 0;
  for (let i = 0; i < buckets; i++) {
    total += yearAgoValues[i];
    totalExposure += yearAgoExposure[i];
  }
  const meanRate = total / totalExposure;
  if (!seasonShows(yearAgoValues, yearAgoExposure, buckets, grain, meanRate)) return;
  // Each bucket's level is read from the grain of buckets around it (a centred moving sum).
  const half = grain >> 1;
  const levels = new Float64Array(buckets);
  for (let i = 0; i < buckets; i++) {
    let events = 0;
    let expected = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(buckets - 1, i + half); j++) {
      events += yearAgoValues[j];
      expected += meanRate * yearAgoExposure[j];
    }
    levels[i] = (events + SEASONAL_PSEUDO_EVENTS) / (expected + SEASONAL_PSEUDO_EVENTS);
  }
  for (let i = 0; i < buckets; i++) exposure[i] *= levels[i];
}

/** Pearson χ² of last year's grain sums against a flat profile. */
function seasonShows(values: ArrayLike<number>, exposure: ArrayLike<number>, buckets: number, grain: number, meanRate: number): boolean {
  let pearson = 0;
  let groups = 0;
  for (let start = 0; start < buckets; start += grain) {
    let events = 0;
    let expected = 0;
    for (let i = start; i < Math.min(buckets, start + grain); i++) {
      events += values[i];
      expected += meanRate * exposure[i];
    }
    pearson += (events - expected) ** 2 / expected;
    groups++;
  }
  return groups > 1 && chiSquareUpperTail(pearson, groups - 1) < SEASONAL_SHAPE_P_VALUE;
}
