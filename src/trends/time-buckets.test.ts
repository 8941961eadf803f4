import { describe, expect, it } from 'vitest';
import { dayToIso, parseWindow, planWindow, toDayNumber } from './time-buckets.js';

describe('windows and buckets', () => {
  it('reads the windows merchants type', () => {
    expect(parseWindow('90d')).toBe(90);
    expect(parseWindow('12w')).toBe(84);
    expect(parseWindow('3M')).toBe(90);
    expect(() => parseWindow('90')).toThrow(/90d/);
    expect(() => parseWindow('3d')).toThrow(/between/);
    expect(() => parseWindow('4000d')).toThrow(/between/);
  });

  it('cuts a quarter into weeks counted back from the as-of day, the last quarter of them recent', () => {
    const asOf = toDayNumber('2026-11-19');
    const plan = planWindow(asOf, 90);
    expect(plan).toMatchObject({ bucketDays: 7, buckets: 13, recentBuckets: 3 });
    expect(dayToIso(plan.startDay)).toBe('2026-08-21');
    expect(dayToIso(plan.recentStartDay)).toBe('2026-10-30');
    expect(plan.asOfDay - plan.startDay + 1).toBe(91);
  });

  it('keeps daily periods to whole weeks and long windows in 28-day months', () => {
    expect(planWindow(0, 28)).toMatchObject({ bucketDays: 1, buckets: 28, recentBuckets: 7 });
    expect(planWindow(0, 20)).toMatchObject({ bucketDays: 1, buckets: 21, recentBuckets: 7 });
    expect(planWindow(0, 365)).toMatchObject({ bucketDays: 28, buckets: 14, recentBuckets: 4 });
  });
});
