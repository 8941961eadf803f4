import { MERCHANT_UTC_OFFSET_HOURS } from './values.js';

/**
 * Online shops in China date from the 2000s: an earlier review or order date is a typo or a
 * placeholder (1970 is an empty Unix time, 1900 an empty Excel date). Historical data may widen it.
 */
export const DEFAULT_EARLIEST_DAY = '2000-01-01';
const OFFSET_MS = MERCHANT_UTC_OFFSET_HOURS * 3_600_000;
const DAY_MS = 86_400_000;

/** Instants (ISO-8601 UTC text, compared as text) a row's dates must fall between. */
export interface DateWindow {
  earliest: string;
  /** The first instant after tomorrow, Beijing time: exports are a day behind at most, never ahead. */
  after: string;
  earliestDay: string;
}

export function plausibleWindow(earliestDay = DEFAULT_EARLIEST_DAY, now = new Date()): DateWindow {
  const localMidnight = Math.floor((now.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS;
  return {
    earliest: new Date(Date.parse(`${earliestDay}T00:00:00Z`) - OFFSET_MS).toISOString(),
    after: new Date(localMidnight + 2 * DAY_MS - OFFSET_MS).toISOString(),
    earliestDay,
  };
}
