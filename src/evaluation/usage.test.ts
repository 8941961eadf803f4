import { describe, expect, it } from 'vitest';
import { retentionByCohort, weekOf, weeklyActiveMerchants } from './usage.js';

const days = [
  // Cohort of 2026-11-02: a comes back both weeks, b only the first week.
  { merchantId: 'a', day: '2026-11-02' }, { merchantId: 'a', day: '2026-11-04' }, { merchantId: 'b', day: '2026-11-08' },
  { merchantId: 'a', day: '2026-11-10' }, { merchantId: 'a', day: '2026-11-17' },
  // Cohort of 2026-11-09: c active on its first week and again two weeks later.
  { merchantId: 'c', day: '2026-11-11' }, { merchantId: 'c', day: '2026-11-23' },
];

describe('usage metrics', () => {
  it('puts a day in the ISO week that starts on Monday', () => {
    expect(weekOf('2026-11-08')).toBe('2026-11-02'); // a Sunday
    expect(weekOf('2026-11-09')).toBe('2026-11-09'); // a Monday
  });

  it('counts distinct weekly active merchants', () => {
    expect(weeklyActiveMerchants(days)).toEqual([
      { week: '2026-11-02', merchants: 2 },
      { week: '2026-11-09', merchants: 2 },
      { week: '2026-11-16', merchants: 1 },
      { week: '2026-11-23', merchants: 1 },
    ]);
  });

  it('follows each first-week cohort week by week', () => {
    const [first, second] = retentionByCohort(days);
    expect(first).toEqual({ cohort: '2026-11-02', size: 2, retained: [1, 0.5, 0.5, 0] });
    expect(second).toEqual({ cohort: '2026-11-09', size: 1, retained: [1, 0, 1] });
  });
});
