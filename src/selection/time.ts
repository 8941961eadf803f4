/** Calendar arithmetic the selection capability shares: weeks are the merchant's planning unit. */

export const DAYS_PER_WEEK = 7;
export const DAY_MS = 86_400_000;
export const WEEK_MS = DAYS_PER_WEEK * DAY_MS;

export function addWeeks(isoDate: string, weeks: number): string {
  const start = Date.parse(`${isoDate}T00:00:00Z`);
  const days = Math.ceil(weeks * DAYS_PER_WEEK);
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}
