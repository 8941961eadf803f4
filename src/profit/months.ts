/** Calendar months as 'YYYY-MM' (UTC, as order times are stored). */

export const monthOf = (iso: string): string => iso.slice(0, 7);

/** The month `count` months before `month` (negative counts go forward). */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthsBefore(last, count - 1 - i));
}
