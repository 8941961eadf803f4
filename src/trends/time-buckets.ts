/**
 * Time in whole UTC days, and how a window of days is cut into buckets. Buckets are counted
 * backwards from the as-of day so that every bucket is complete: a half-finished week would look
 * like a fall and hide a rise.
 */
import { AppError } from '../domain/errors.js';
import type { DayNumber } from '../domain/trends.js';

const MS_PER_DAY = 86_400_000;
// Windows up to four weeks are read day by day, up to half a year week by week, longer ones in
// 28-day "months"; 28 divides 364, so a year-ago bucket lines up with the same weekdays.
const DAILY_UP_TO_DAYS = 28;
const WEEKLY_UP_TO_DAYS = 182;
const WEEK = 7;
const MONTH = 28;
/** 52 weeks: the seasonal lag, a whole number of days, weeks and 28-day months. */
export const YEAR_DAYS = 364;
// The recent period is the last quarter of the window: long enough to hold several events for
// sparse series, short enough that a rise this month is not averaged away.
const RECENT_SHARE = 0.25;

export function toDayNumber(iso: string): DayNumber {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${iso}`);
  return Math.floor(ms / MS_PER_DAY);
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface WindowPlan {
  asOfDay: DayNumber;
  bucketDays: number;
  buckets: number;
  recentBuckets: number;
  /** First day of the oldest bucket. */
  startDay: DayNumber;
  /** First day of the recent period. */
  recentStartDay: DayNumber;
}

export function planWindow(asOfDay: DayNumber, windowDays: number): WindowPlan {
  const bucketDays = windowDays <= DAILY_UP_TO_DAYS ? 1 : windowDays <= WEEKLY_UP_TO_DAYS ? WEEK : MONTH;
  // Day by day, both periods are whole weeks, so a weekend peak weighs the same in each.
  const days = bucketDays === 1 && windowDays >= 2 * WEEK;
  const buckets = days ? Math.ceil(windowDays / WEEK) * WEEK : Math.max(2, Math.ceil(windowDays / bucketDays));
  const recentBuckets = days
    ? WEEK * Math.max(1, Math.round((buckets / WEEK) * RECENT_SHARE))
    : Math.max(1, Math.round(buckets * RECENT_SHARE));
  return {
    asOfDay,
    bucketDays,
    buckets,
    recentBuckets,
    startDay: asOfDay - buckets * bucketDays + 1,
    recentStartDay: asOfDay - recentBuckets * bucketDays + 1,
  };
}

// Windows beyond three years stop being "trends"; it also bounds the radar's per-series memory.
export const MAX_WINDOW_DAYS = 3 * YEAR_DAYS;
/** Scratch buffers hold this many buckets; the most a window gets is 39 (three years of 28-day months). */
export const MAX_BUCKETS = 64;
// Below a week a window holds too few events for any test.
const MIN_WINDOW_DAYS = 7;

/** "90d", "12w", "3m" as days (a month is 30 days to the merchant; 28-day buckets are internal). */
/** A quarter: long enough for a baseline, short enough to see this season's shifts. */
export const DEFAULT_WINDOW = '90d';

export function parseWindow(text: string): number {
  const match = /^(\d+)\s*([dwm])$/i.exec(text.trim());
  if (!match) throw new AppError('bad_input', { key: 'window_format', params: { text } });
  const days = Number(match[1]) * { d: 1, w: 7, m: 30 }[match[2].toLowerCase() as 'd' | 'w' | 'm'];
  if (days < MIN_WINDOW_DAYS || days > MAX_WINDOW_DAYS) {
    throw new AppError('bad_input', { key: 'window_range', params: { min: MIN_WINDOW_DAYS, max: MAX_WINDOW_DAYS, days } });
  }
  return days;
}
