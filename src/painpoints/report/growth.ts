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

/** Reviews and complaints per group in one window. */
export interface GrowthWindow {
  reviews: number;
  complaints: Map<string, number>;
}

/** The day `days` before `day` (YYYY-MM-DD, UTC). */
export const daysBefore = (day: string, days: number) => new Date(Date.parse(day) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The windows in whole days: the recent one is the `windowDays` days ending on the last day with reviews
 * (that day included), the prior one the same number of days before it. Whole days, so stored daily
 * counts give the same windows as the reviews themselves.
 */
export function growthWindowsOf(lastDay: string, windowDays = GROWTH_WINDOW_DAYS) {
  const recentAfter = daysBefore(lastDay, windowDays);
  const priorAfter = daysBefore(lastDay, 2 * windowDays);
  return (day: string): 'recent' | 'prior' | null => (day > recentAfter ? 'recent' : day > priorAfter ? 'prior' : null);
}

export const emptyWindows = (): Record<'recent' | 'prior', GrowthWindow> => ({
  recent: { reviews: 0, complaints: new Map() },
  prior: { reviews: 0, complaints: new Map() },
});

/** Relative change of each group's complaint rate, recent window vs. the prior one (0 = flat, 1 = doubled). */
export function growthFromWindows(windows: Record<'recent' | 'prior', GrowthWindow>, groups: string[]): Map<string, number> {
  const rate = (w: GrowthWindow, g: string) => ((w.complaints.get(g) ?? 0) + PRIOR_COMPLAINTS) / (w.reviews + PRIOR_REVIEWS);
  return new Map(groups.map((g) => [g, rate(windows.recent, g) / rate(windows.prior, g) - 1]));
}

const dayOfReview = (review: ReviewMentions) => review.reviewedAt.slice(0, 10);

/** Reviews and complaints per group in the last window and the one before, the last day with reviews ending them. */
export function windowsOfReviews(reviews: readonly ReviewMentions[], windowDays = GROWTH_WINDOW_DAYS): Record<'recent' | 'prior', GrowthWindow> {
  const windows = emptyWindows();
  if (reviews.length === 0) return windows;
  let lastDay = '';
  for (const review of reviews) if (dayOfReview(review) > lastDay) lastDay = dayOfReview(review);
  const windowOf = growthWindowsOf(lastDay, windowDays);
  for (const review of reviews) {
    const which = windowOf(dayOfReview(review));
    if (!which) continue;
    const window = windows[which];
    window.reviews++;
    for (const g of complainedGroups(review)) window.complaints.set(g, (window.complaints.get(g) ?? 0) + 1);
  }
  return windows;
}

/** Relative change of each group's complaint rate, last window vs. the one before (0 = flat, 1 = doubled). */
export function growthByGroup(reviews: ReviewMentions[], groups: string[], windowDays = GROWTH_WINDOW_DAYS) {
  return growthFromWindows(windowsOfReviews(reviews, windowDays), groups);
}

const monthOf = (review: ReviewMentions) => review.reviewedAt.slice(0, 7);

/** Reviews per calendar month (YYYY-MM): the denominator of every group's trend. */
export function reviewsPerMonth(reviews: ReviewMentions[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const review of reviews) months.set(monthOf(review), (months.get(monthOf(review)) ?? 0) + 1);
  return months;
}

/** The trend chart of one group from reviews per month and its complaints per month. */
export function trendOf(perMonth: Map<string, number>, complaints: Map<string, number>): MonthlyCount[] {
  return [...perMonth]
    .map(([month, reviews]) => ({ month, reviews, complaints: complaints.get(month) ?? 0 }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/** Reviews and complaints per calendar month, for the trend chart of one group. */
export function monthlyTrend(perMonth: Map<string, number>, complaining: ReviewMentions[]): MonthlyCount[] {
  const complaints = new Map<string, number>();
  for (const review of complaining) complaints.set(monthOf(review), (complaints.get(monthOf(review)) ?? 0) + 1);
  return trendOf(perMonth, complaints);
}
