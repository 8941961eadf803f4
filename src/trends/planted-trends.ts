/**
 * Generated series with known answers: flat ones, seasonal ones (rising now, but also a year ago)
 * and planted rises (a jump, a steady climb, a brand-new item). Deterministic from a seed, so the
 * validation test and `kaikuan eval` measure the same thing every run.
 */
import { seededRandom } from '../math/random.js';
import { TrendRadar } from './radar.js';
import { planWindow } from './time-buckets.js';
import type { DayNumber, TrendEvent } from '../domain/trends.js';

export type PlantedShape = 'flat' | 'seasonal' | 'jump' | 'climb' | 'new';

export interface PlantedSeries {
  key: string;
  shape: PlantedShape;
}

export interface PlantedData {
  events: TrendEvent[];
  series: PlantedSeries[];
  asOfDay: DayNumber;
}

export interface PlantOptions {
  seed: number;
  series: number;
  /** Share of series given a rise; the rest are flat or seasonal. */
  risingShare: number;
  windowDays: number;
  /** Days of history before the window; at least a year lets seasonality be learned. */
  historyDays: number;
}

// Daily rates between these bounds (log-uniform): a quiet listing to a busy search term.
const MIN_DAILY_RATE = 1;
const MAX_DAILY_RATE = 8;
// Rises a merchant should hear about: the recent rate at least doubles.
const MIN_LIFT = 2;
const MAX_LIFT = 3.5;
// Seasonal series have a yearly festival peak (think Double 11) inside the recent period: the rate
// rises to 2.5× at the peak and fades over about two weeks either side.
const SEASONAL_PEAK_LIFT = 1.5;
const SEASONAL_PEAK_WIDTH_DAYS = 10;
const YEAR = 364;
const AS_OF_DAY: DayNumber = 20_000;

export function plantTrends(options: PlantOptions): PlantedData {
  const random = seededRandom(options.seed);
  const plan = planWindow(AS_OF_DAY, options.windowDays);
  const recentDays = plan.recentBuckets * plan.bucketDays;
  const firstDay = AS_OF_DAY - options.windowDays - options.historyDays + 1;
  const events: TrendEvent[] = [];
  const series: PlantedSeries[] = [];
  for (let s = 0; s < options.series; s++) {
    const key = `series-${s}`;
    const shape = pickShape(random, options.risingShare);
    series.push({ key, shape });
    const rate = MIN_DAILY_RATE * Math.pow(MAX_DAILY_RATE / MIN_DAILY_RATE, random());
    const lift = MIN_LIFT + (MAX_LIFT - MIN_LIFT) * random();
    for (let day = firstDay; day <= AS_OF_DAY; day++) {
      const age = AS_OF_DAY - day; // 0 = the as-of day
      const count = poisson(random, rate * multiplier(shape, age, lift, recentDays, options.windowDays));
      if (count > 0) events.push({ kind: 'keyword', key, day, weight: count });
    }
  }
  return { events, series, asOfDay: AS_OF_DAY };
}

function pickShape(random: () => number, risingShare: number): PlantedShape {
  const u = random();
  if (u < risingShare / 3) return 'jump';
  if (u < (2 * risingShare) / 3) return 'climb';
  if (u < risingShare) return 'new';
  return u < risingShare + (1 - risingShare) / 4 ? 'seasonal' : 'flat';
}

function multiplier(shape: PlantedShape, age: number, lift: number, recentDays: number, windowDays: number): number {
  switch (shape) {
    case 'flat':
      return 1;
    case 'seasonal':
      return 1 + SEASONAL_PEAK_LIFT * Math.exp(-((daysFromPeak(age, recentDays / 2) / SEASONAL_PEAK_WIDTH_DAYS) ** 2));
    case 'jump':
      return age < recentDays ? lift : 1;
    case 'climb':
      return age < windowDays ? 1 + (lift - 1) * (1 - age / windowDays) : 1;
    case 'new':
      return age < recentDays ? lift / 2 : 0;
  }
}

/** Days to the nearest yearly peak, the peak sitting `peakAge` days before the as-of day. */
function daysFromPeak(age: number, peakAge: number): number {
  const offset = (((age - peakAge) % YEAR) + YEAR) % YEAR;
  return Math.min(offset, YEAR - offset);
}

/** Knuth's method; fine for the small daily rates generated here. */
function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

// bench/customers.ts seeds its simulations with this name; the generator itself is the shared one.
export { seededRandom as mulberry32 } from '../math/random.js';

export interface DetectionQuality {
  /** Planted rises flagged / planted rises. */
  recall: number;
  /** Flat or seasonal series flagged / flat or seasonal series. */
  falseAlarmRate: number;
  /** Seasonal series flagged / seasonal series: what seasonality-awareness is for. */
  seasonalFalseAlarmRate: number;
}

export function detectionQuality(series: PlantedSeries[], flaggedKeys: ReadonlySet<string>): DetectionQuality {
  const isRise = (shape: PlantedShape) => shape === 'jump' || shape === 'climb' || shape === 'new';
  const share = (subset: PlantedSeries[]) =>
    subset.length === 0 ? 0 : subset.filter((s) => flaggedKeys.has(s.key)).length / subset.length;
  return {
    recall: share(series.filter((s) => isRise(s.shape))),
    falseAlarmRate: share(series.filter((s) => !isRise(s.shape))),
    seasonalFalseAlarmRate: share(series.filter((s) => s.shape === 'seasonal')),
  };
}

/** The generated set `kaikuan eval` and the validation test score: a quarter window, a year of history. */
export const PLANTED_VALIDATION: PlantOptions = { seed: 7, series: 1500, risingShare: 0.1, windowDays: 91, historyDays: 400 };

/** Plants, scans once as of the last day, and scores what was flagged. */
export function validateOnPlantedTrends(options: PlantOptions = PLANTED_VALIDATION): DetectionQuality {
  const planted = plantTrends(options);
  const radar = new TrendRadar({ horizonDays: options.windowDays });
  radar.addAll(planted.events);
  const scan = radar.scan({ windowDays: options.windowDays, asOfDay: planted.asOfDay });
  return detectionQuality(planted.series, new Set(scan.rising.map((item) => item.key)));
}
