/**
 * The figures a pain-point card shows, computed from counts alone so a stored aggregate can supply them:
 * how many of my reviews make the complaint, what share of my reviews that is (with the range it could
 * really be), how many stars those buyers give less than the others, whether it is growing, and whether
 * there are enough reviews to act on. "负面 100%" said only that complaints are negative; these say how
 * big, how costly and how sure. Each has a "这个数怎么来的" text in web/src/messages/painpoints.ts.
 */
import { betaQuantile, normalUpperTail } from '../../math/distributions.js';
import { GROWTH_WINDOW_DAYS, windowsOfReviews, type GrowthWindow } from './growth.js';
import { complainedGroups, type ReviewMentions } from './review-mentions.js';

/** Ratings of a set of reviews as sums, which an SQL aggregate returns directly. */
export interface RatingSums {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface ComplaintCounts {
  /** Reviews in scope (the merchant's own, by default). */
  reviews: number;
  /** Of those, the reviews making this complaint. */
  affected: number;
  /** Ratings of the affected reviews and of the other reviews in scope (rated ones only). */
  affectedRatings: RatingSums;
  otherRatings: RatingSums;
  /** The last window (30 days with reviews) and the one before it: reviews and affected reviews in each. */
  recent: { reviews: number; affected: number };
  previous: { reviews: number; affected: number };
}

/** A figure with the range it could really be (95 %). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export type TrendDirection = 'rising' | 'falling' | 'steady' | 'tooFew';

export interface PainPointFigures {
  affected: number;
  /** Share of my reviews affected, with its 95 % Clopper–Pearson interval. */
  share: Estimate;
  /** Mean rating of the other reviews minus that of the affected ones; null with too few ratings. */
  starsLost: (Estimate & { rated: number }) | null;
  /** The complaint rate in the last `windowDays` days with reviews against the same number of days before. */
  trend: { direction: TrendDirection; recentShare: number; previousShare: number; windowDays: number };
  /** Enough affected reviews to act on rather than wait for more. */
  enough: boolean;
}

/** 95 % two-sided. */
const Z = 1.959963984540054;
/** Below this many complaining reviews a count is an anecdote: the card says to wait for more. */
export const MIN_REVIEWS_TO_ACT = 5;
/** Mean ratings from fewer reviews than this on either side swing by a star; no stars-lost figure then. */
export const MIN_RATED = 5;
/** A window with fewer reviews than this cannot show a change; the trend says so instead of guessing. */
export const MIN_WINDOW_REVIEWS = 20;
/** Significance a change in the complaint rate needs to be called rising or falling. */
const TREND_P = 0.05;

/** Exact (Clopper–Pearson) 95 % interval of k successes in n: never outside 0..1, honest for small k. */
export function shareInterval(k: number, n: number): Estimate {
  if (n <= 0) return { value: 0, low: 0, high: 1 };
  return {
    value: k / n,
    low: k === 0 ? 0 : betaQuantile(0.025, k, n - k + 1),
    high: k === n ? 1 : betaQuantile(0.975, k + 1, n - k),
  };
}

function meanAndVariance(r: RatingSums): { mean: number; variance: number } {
  const mean = r.sum / r.n;
  const variance = r.n > 1 ? Math.max(0, (r.sumSquares - r.n * mean * mean) / (r.n - 1)) : 0;
  return { mean, variance };
}

/** Difference of mean ratings, others minus affected, with a Welch (unequal variance) 95 % interval. */
export function starsLost(affected: RatingSums, other: RatingSums): (Estimate & { rated: number }) | null {
  if (affected.n < MIN_RATED || other.n < MIN_RATED) return null;
  const a = meanAndVariance(affected);
  const o = meanAndVariance(other);
  const value = o.mean - a.mean;
  const se = Math.sqrt(a.variance / affected.n + o.variance / other.n);
  return { value, low: value - Z * se, high: value + Z * se, rated: affected.n };
}

/** Rising or falling only when the two windows' complaint rates differ beyond chance (two-proportion z-test). */
export function trendOf(recent: ComplaintCounts['recent'], previous: ComplaintCounts['previous']): Omit<PainPointFigures['trend'], 'windowDays'> {
  const recentShare = recent.reviews > 0 ? recent.affected / recent.reviews : 0;
  const previousShare = previous.reviews > 0 ? previous.affected / previous.reviews : 0;
  if (recent.reviews < MIN_WINDOW_REVIEWS || previous.reviews < MIN_WINDOW_REVIEWS) return { direction: 'tooFew', recentShare, previousShare };
  const pooled = (recent.affected + previous.affected) / (recent.reviews + previous.reviews);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / recent.reviews + 1 / previous.reviews));
  const z = se > 0 ? (recentShare - previousShare) / se : 0;
  const p = 2 * normalUpperTail(Math.abs(z));
  const direction: TrendDirection = p >= TREND_P ? 'steady' : z > 0 ? 'rising' : 'falling';
  return { direction, recentShare, previousShare };
}

export function painPointFigures(counts: ComplaintCounts, windowDays = GROWTH_WINDOW_DAYS): PainPointFigures {
  return {
    affected: counts.affected,
    share: shareInterval(counts.affected, counts.reviews),
    starsLost: starsLost(counts.affectedRatings, counts.otherRatings),
    trend: { ...trendOf(counts.recent, counts.previous), windowDays },
    enough: counts.affected >= MIN_REVIEWS_TO_ACT,
  };
}

/**
 * Reviews that complain about the same set of groups, with their ratings summed: one review is a cell of
 * one, and a stored count row (painpoint_review_count) is a cell as it is.
 */
export interface FigureCell {
  groups: ReadonlySet<string>;
  reviews: number;
  rated: number;
  ratingSum: number;
  ratingSquares: number;
}

/**
 * The counts of one pain point (`group`) from cells and the growth windows (growth.ts: the last
 * `GROWTH_WINDOW_DAYS` days with reviews and the same before), so the trend on the card and the growth
 * that ranks it read the same days.
 */
export function complaintCountsOf(cells: Iterable<FigureCell>, windows: Record<'recent' | 'prior', GrowthWindow>, group: string): ComplaintCounts {
  const counts: ComplaintCounts = {
    reviews: 0, affected: 0, affectedRatings: { n: 0, sum: 0, sumSquares: 0 }, otherRatings: { n: 0, sum: 0, sumSquares: 0 },
    recent: { reviews: windows.recent.reviews, affected: windows.recent.complaints.get(group) ?? 0 },
    previous: { reviews: windows.prior.reviews, affected: windows.prior.complaints.get(group) ?? 0 },
  };
  for (const cell of cells) {
    const hit = cell.groups.has(group);
    counts.reviews += cell.reviews;
    if (hit) counts.affected += cell.reviews;
    const sums = hit ? counts.affectedRatings : counts.otherRatings;
    sums.n += cell.rated;
    sums.sum += cell.ratingSum;
    sums.sumSquares += cell.ratingSquares;
  }
  return counts;
}

/** Each review of a list as a cell of one. */
export function reviewCells(reviews: readonly ReviewMentions[]): FigureCell[] {
  return reviews.map((r) => ({
    groups: complainedGroups(r), reviews: 1, rated: r.rating === null ? 0 : 1, ratingSum: r.rating ?? 0, ratingSquares: (r.rating ?? 0) ** 2,
  }));
}

/** The counts of one pain point from reviews held in memory: what the stored cells give with SUM. */
export function complaintCounts(reviews: readonly ReviewMentions[], group: string, windowDays = GROWTH_WINDOW_DAYS): ComplaintCounts {
  return complaintCountsOf(reviewCells(reviews), windowsOfReviews(reviews, windowDays), group);
}
