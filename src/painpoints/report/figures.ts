/**
 * The figures a pain-point card shows, computed from counts alone so a stored aggregate can supply them:
 * how many of my reviews make the complaint, what share of my reviews that is (with the range it could
 * really be), how many stars those buyers give less than the others, whether it is growing, and whether
 * there are enough reviews to act on. "负面 100%" said only that complaints are negative; these say how
 * big, how costly and how sure. Each has a "这个数怎么来的" text in web/src/messages/painpoints.ts.
 */
import { betaQuantile, normalUpperTail } from '../../math/distributions.js';
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
  /** The last window (e.g. 30 days) and the one before it: reviews and affected reviews in each. */
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
  trend: { direction: TrendDirection; recentShare: number; previousShare: number };
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
export function trendOf(recent: ComplaintCounts['recent'], previous: ComplaintCounts['previous']): PainPointFigures['trend'] {
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

export function painPointFigures(counts: ComplaintCounts): PainPointFigures {
  return {
    affected: counts.affected,
    share: shareInterval(counts.affected, counts.reviews),
    starsLost: starsLost(counts.affectedRatings, counts.otherRatings),
    trend: trendOf(counts.recent, counts.previous),
    enough: counts.affected >= MIN_REVIEWS_TO_ACT,
  };
}

const DAY = 86_400_000;

/**
 * The counts of one pain point (`group`) from reviews held in memory; an aggregate over stored triples
 * returns the same numbers with COUNT/SUM. Windows end at `now`.
 */
export function complaintCounts(reviews: readonly ReviewMentions[], group: string, now: Date, windowDays = 30): ComplaintCounts {
  const empty = (): RatingSums => ({ n: 0, sum: 0, sumSquares: 0 });
  const counts: ComplaintCounts = {
    reviews: reviews.length, affected: 0, affectedRatings: empty(), otherRatings: empty(),
    recent: { reviews: 0, affected: 0 }, previous: { reviews: 0, affected: 0 },
  };
  const recentFrom = now.getTime() - windowDays * DAY;
  const previousFrom = recentFrom - windowDays * DAY;
  for (const review of reviews) {
    const hit = complainedGroups(review).has(group);
    if (hit) counts.affected++;
    if (review.rating !== null) {
      const sums = hit ? counts.affectedRatings : counts.otherRatings;
      sums.n++;
      sums.sum += review.rating;
      sums.sumSquares += review.rating * review.rating;
    }
    const at = Date.parse(review.reviewedAt);
    const window = at > now.getTime() ? null : at >= recentFrom ? counts.recent : at >= previousFrom ? counts.previous : null;
    if (window) {
      window.reviews++;
      if (hit) window.affected++;
    }
  }
  return counts;
}
