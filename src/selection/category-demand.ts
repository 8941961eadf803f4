import { baselineDispersion, rateTest } from '../trends/rate-test.js';
import { benjaminiHochberg } from '../trends/false-discovery.js';
import type { DemandSignal } from './opportunity.js';
import { maxOf, median } from '../math/summary.js';
import { WEEK_MS } from './time.js';

/**
 * Weekly demand level and growth per category, with the trend radar's rate test and its false-alarm
 * control across categories, so "rising" means the same here as on the trends page.
 */

export interface DemandEvent {
  category: string;
  /** ISO time of the search bucket, sale or review. */
  at: string;
  /** Searches, units or 1 per review. */
  weight: number;
}

/** Eight weeks recent vs. the sixteen before: long enough to smooth weekly noise, short enough to catch a season turning. */
export const RECENT_WEEKS = 8;
export const BASELINE_WEEKS = 16;
/** Where each of the RECENT_WEEKS + BASELINE_WEEKS weeks demand is read in starts (ms); the last ends just after the newest event. */
export function demandWeekStarts(newest: number): number[] {
  const buckets = RECENT_WEEKS + BASELINE_WEEKS;
  const start = newest + 1 - buckets * WEEK_MS;
  return Array.from({ length: buckets }, (_, k) => start + k * WEEK_MS);
}

export function categoryDemand(events: DemandEvent[], unit: DemandSignal['unit']): Map<string, DemandSignal> {
  if (events.length === 0) return new Map();
  const weeks = demandWeekStarts(maxOf(events, (e) => Date.parse(e.at)));
  const buckets = weeks.length;
  const start = weeks[0];
  const weekly = new Map<string, Float64Array>();
  for (const e of events) {
    const t = Date.parse(e.at);
    if (t < start) continue;
    const series = weekly.get(e.category) ?? new Float64Array(buckets);
    series[Math.min(buckets - 1, Math.floor((t - start) / WEEK_MS))] += e.weight;
    weekly.set(e.category, series);
  }
  return weeklyDemand(weekly, unit);
}

/** Demand per category from its weekly totals in the weeks `demandWeekStarts` gives (a category without any is left out). */
export function weeklyDemand(weekly: ReadonlyMap<string, Float64Array>, unit: DemandSignal['unit']): Map<string, DemandSignal> {
  const out = new Map<string, DemandSignal>();
  if (weekly.size === 0) return out;
  const buckets = RECENT_WEEKS + BASELINE_WEEKS;
  const categories = [...weekly.keys()];
  const exposure = new Float64Array(buckets).fill(1);
  const tests = categories.map((c) => {
    const values = weekly.get(c)!;
    return rateTest(values, exposure, RECENT_WEEKS, baselineDispersion(values, exposure, RECENT_WEEKS));
  });
  const qValues = benjaminiHochberg(tests.map((t) => t.pValue));
  const levels = tests.map((t) => t.recent / RECENT_WEEKS);
  const typicalLevel = median(levels);
  categories.forEach((c, i) =>
    out.set(c, { level: levels[i], unit, typicalLevel, growth: tests[i].growth, qValue: qValues[i] }),
  );
  return out;
}
