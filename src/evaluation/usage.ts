import type { ActiveDay } from '../domain/evaluation.js';

const DAY_MS = 86_400_000;

/** Monday of the ISO week a day (YYYY-MM-DD) falls in. */
export function weekOf(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/** Distinct merchants active in each week, oldest week first. */
export function weeklyActiveMerchants(days: ActiveDay[]): { week: string; merchants: number }[] {
  const byWeek = new Map<string, Set<string>>();
  for (const d of days) {
    const week = weekOf(d.day);
    if (!byWeek.has(week)) byWeek.set(week, new Set());
    byWeek.get(week)!.add(d.merchantId);
  }
  return [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, set]) => ({ week, merchants: set.size }));
}

export interface CohortRetention {
  /** The week merchants were first active. */
  cohort: string;
  size: number;
  /** Share of the cohort active k weeks later, k = 0, 1, 2, … up to the last observed week. */
  retained: number[];
}

/** Weekly cohorts by first active week, and the share still active in each following week. */
export function retentionByCohort(days: ActiveDay[]): CohortRetention[] {
  const weeksByMerchant = new Map<string, Set<string>>();
  for (const d of days) {
    if (!weeksByMerchant.has(d.merchantId)) weeksByMerchant.set(d.merchantId, new Set());
    weeksByMerchant.get(d.merchantId)!.add(weekOf(d.day));
  }
  if (weeksByMerchant.size === 0) return [];
  const lastWeek = [...weeksByMerchant.values()].flatMap((s) => [...s]).sort().at(-1)!;
  const cohorts = new Map<string, Set<string>[]>();
  for (const weeks of weeksByMerchant.values()) {
    const first = [...weeks].sort()[0];
    const list = cohorts.get(first) ?? [];
    list.push(weeks);
    cohorts.set(first, list);
  }
  return [...cohorts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([cohort, members]) => {
    const span = Math.round((Date.parse(lastWeek) - Date.parse(cohort)) / (7 * DAY_MS));
    const retained = Array.from({ length: span + 1 }, (_, k) => {
      const week = new Date(Date.parse(cohort) + k * 7 * DAY_MS).toISOString().slice(0, 10);
      return members.filter((weeks) => weeks.has(week)).length / members.length;
    });
    return { cohort, size: members.length, retained };
  });
}
