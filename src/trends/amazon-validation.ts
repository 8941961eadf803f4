/**
 * Validation on real dated reviews: walk through the history week by week as if the radar had been
 * running then, and check (a) that product launches are flagged soon after their first reviews and
 * (b) that, with review dates shuffled (so no word can truly trend), words are almost never flagged.
 */
import { seededRandom } from '../math/random.js';
import { minOf } from '../math/summary.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';
import { feedReview } from './merchant-events.js';
import { TrendRadar, type TrendScan } from './radar.js';
import { toDayNumber } from './time-buckets.js';
import type { DayNumber, SeriesKind } from '../domain/trends.js';

const SCAN_EVERY_DAYS = 7;
// A launch counts as caught if the product is flagged within five weekly scans of its first review.
export const LAUNCH_DETECTION_DAYS = 35;
// A launch a merchant should hear about gathers at least this many reviews within the detection
// period; slower starts (one review a month) are not a trend yet, whatever they became later.
const MIN_LAUNCH_REVIEWS = 10;

export function weeklyScans(reviews: ReviewMentions[], windowDays: number, fromDay: DayNumber, toDay: DayNumber): TrendScan[] {
  const ordered = [...reviews].sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
  const radar = new TrendRadar({ horizonDays: windowDays });
  const scans: TrendScan[] = [];
  let next = 0;
  for (let asOf = fromDay; asOf <= toDay; asOf += SCAN_EVERY_DAYS) {
    while (next < ordered.length && toDayNumber(ordered[next].reviewedAt) <= asOf) feedReview(radar, ordered[next++]);
    scans.push(radar.scan({ windowDays, asOfDay: asOf }));
  }
  return scans;
}

export interface LaunchDetection {
  launches: number;
  caught: number;
  recall: number;
}

/** Products whose first review falls inside the walk and that took off fast enough to matter. */
export function launchDetection(reviews: ReviewMentions[], scans: TrendScan[]): LaunchDetection {
  const days = new Map<string, DayNumber[]>();
  for (const review of reviews) {
    const product = review.productName ?? review.productId;
    if (!product) continue;
    // Appended in place: copying the list per review was quadratic in a product's reviews.
    const list = days.get(product);
    if (list) list.push(toDayNumber(review.reviewedAt));
    else days.set(product, [toDayNumber(review.reviewedAt)]);
  }
  const first = new Map([...days].map(([product, list]) => [product, minOf(list, (day) => day)]));
  const early = (product: string) => days.get(product)!.filter((day) => day <= first.get(product)! + LAUNCH_DETECTION_DAYS).length;
  const walkStart = toDayNumber(scans[0].asOf!);
  const walkEnd = toDayNumber(scans[scans.length - 1].asOf!) - LAUNCH_DETECTION_DAYS;
  const launched = [...first].filter(([product, day]) => day > walkStart && day <= walkEnd && early(product) >= MIN_LAUNCH_REVIEWS);
  const caught = launched.filter(([product, day]) =>
    scans.some((scan) => {
      const asOf = toDayNumber(scan.asOf!);
      return asOf >= day && asOf <= day + LAUNCH_DETECTION_DAYS && scan.rising.some((item) => item.kind === 'product' && item.key === product);
    }),
  );
  return { launches: launched.length, caught: caught.length, recall: launched.length ? caught.length / launched.length : 0 };
}

/** Share of (scan, tested series) pairs of one kind that were flagged. */
export function flaggedShare(scans: TrendScan[], kind: SeriesKind): number {
  let tested = 0;
  let flagged = 0;
  for (const scan of scans) {
    tested += scan.testedByKind[kind] ?? 0;
    flagged += scan.rising.filter((item) => item.kind === kind).length;
  }
  return tested ? flagged / tested : 0;
}

/** The same reviews with their dates dealt out at random: the volume curve stays, any word trend goes. */
export function shuffleDates(reviews: ReviewMentions[], seed: number): ReviewMentions[] {
  const random = seededRandom(seed);
  const dates = reviews.map((review) => review.reviewedAt);
  for (let i = dates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [dates[i], dates[j]] = [dates[j], dates[i]];
  }
  return reviews.map((review, i) => ({ ...review, reviewedAt: dates[i] }));
}
