import { maxOf } from '../../math/summary.js';
import { complainedGroups, type ReviewMentions } from './review-mentions.js';

/** Recent window compared with the one before it; a month is what small merchants review against. */
export const GROWTH_WINDOW_DAYS = 30;
/**
 * Pseudo-counts (one complaint in ten reviews' worth of prior) added to both windows so a group going
 * from 0 to 1 complaint does not read as infinite growth.
 */
const PRIOR_COMPLAINTS = 1;
const PRIOR_REVIEWS = 10;
const DAY_MS = 86_400_000;

export interface MonthlyCount {
  month: string;
  reviews: number;
  complaints: number;
}

/** Relative change of each group's complaint rate, last window vs. the one before (0 = flat, 1 = doubled). */
export function growthByGroup(reviews: ReviewMentions[], groups: string[], windowDays = GROWTH_WINDOW_DAYS) {
  const growth = new Map(groups.map((g) => [g, 0]));
  if (reviews.length === 0) return growth;
  const end = maxOf(reviews, (r) => Date.parse(r.reviewedAt));
  const recentFrom = end - windowDays * DAY_MS;
  const priorFrom = end - 2 * windowDays * DAY_MS;
  const windows = { recent: { reviews: 0, complaints: new Map<string, number>() }, prior: { reviews: 0, complaints: new Map<string, number>() } };
  for (const review of reviews) {
    const at = Date.parse(review.reviewedAt);
    const window = at > recentFrom ? windows.recent : at > priorFrom ? windows.prior : null;
    if (!window) continue;
    window.reviews++;
    for (const g of complainedGroups(review)) window.complaints.set(g, (window.complaints.get(g) ?? 0) + 1);
  }
  const rate = (w: typeof windows.recent, g: string) =>
    ((w.complaints.get(g) ?? 0) + PRIOR_COMPLAINTS) / (w.reviews + PRIOR_REVIEWS);
  for (const g of groups) growth.set(g, rate(windows.recent, g) / rate(windows.prior, g) - 1);
  return growth;
}

const monthOf = (review: ReviewMentions) => review.reviewedAt.slice(0, 7);

/** Reviews per calendar month (YYYY-MM): the denominator of every group's trend. */
export function reviewsPerMonth(reviews: ReviewMentions[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const review of reviews) months.set(monthOf(review), (months.get(monthOf(review)) ?? 0) + 1);
  return months;
}

/** Reviews and complaints per calendar month, for the trend chart of one group. */
export function monthlyTrend(perMonth: Map<string, number>, complaining: ReviewMentions[]): MonthlyCount[] {
  const complaints = new Map<string, number>();
  for (const review of complaining) complaints.set(monthOf(review), (complaints.get(monthOf(review)) ?? 0) + 1);
  return [...perMonth]
    .map(([month, reviews]) => ({ month, reviews, complaints: complaints.get(month) ?? 0 }))
    .sort((a, b) => a.month.localeCompare(b.month));
}
