/**
 * A merchant's rows as radar events: reviews and posts give words, aspects, pain points, products,
 * categories and platforms; search volumes give keywords; order lines give sales. Each review or
 * post is also one document, the denominator of the word, aspect and pain-point shares.
 */
import type { KeywordVolume, SocialPost } from '../domain/types.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';
import type { AspectOpinion } from '../domain/review-opinions.js';
import type { TrendRadar } from './radar.js';
import { toDayNumber } from './time-buckets.js';
import { trendTerms } from './trend-terms.js';
import type { DayNumber, SeriesKind } from '../domain/trends.js';

// A post's weight grows with the log of its engagement: one per decade of interactions on top of 1,
// so a viral post counts like a handful of ordinary ones rather than thousands.
const ENGAGEMENT_PER_WEIGHT = 10;
// A comment takes more effort than a like, a share puts the post in front of new people.
const COMMENT_WEIGHT = 2;
const SHARE_WEIGHT = 3;

export function postWeight(post: Pick<SocialPost, 'likes' | 'comments' | 'shares'>): number {
  const engagement = post.likes + COMMENT_WEIGHT * post.comments + SHARE_WEIGHT * post.shares;
  return 1 + Math.log1p(Math.max(0, engagement)) / Math.log(ENGAGEMENT_PER_WEIGHT);
}

export function feedReview(radar: TrendRadar, review: ReviewMentions): void {
  const day = toDayNumber(review.reviewedAt);
  const evidenceId = `review:${review.reviewId}`;
  radar.addDocument(day);
  const { aspects, painpoints } = reviewAspects(review.opinions);
  const series: [SeriesKind, string | null][] = [
    ...trendTerms(review.text).map((term): [SeriesKind, string] => ['term', term]),
    ...aspects.map((aspect): [SeriesKind, string] => ['aspect', aspect]),
    ...painpoints.map((group): [SeriesKind, string] => ['painpoint', group]),
    ...reviewListing(review),
  ];
  for (const [kind, key] of series) if (key) radar.add({ kind, key, day, weight: 1, evidenceId });
}

/** The aspect groups a review mentions, and those it complains about, each once, in the order first said. */
export function reviewAspects(opinions: readonly Pick<AspectOpinion, 'aspectGroup' | 'polarity'>[]): { aspects: string[]; painpoints: string[] } {
  return {
    aspects: [...new Set(opinions.map((o) => o.aspectGroup))],
    painpoints: [...new Set(opinions.filter((o) => o.polarity === 'negative').map((o) => o.aspectGroup))],
  };
}

/** Where a review was written: its product (by name when the catalogue knows it), category and platform. */
export function reviewListing(review: Pick<ReviewMentions, 'productName' | 'productId' | 'category' | 'platform'>): ['product' | 'category' | 'platform', string | null][] {
  return [
    ['product', review.productName ?? review.productId],
    ['category', review.category],
    ['platform', review.platform],
  ];
}

export function feedPost(radar: TrendRadar, post: SocialPost): void {
  const day = toDayNumber(post.postedAt);
  const weight = postWeight(post);
  const evidenceId = `post:${post.id}`;
  radar.addDocument(day, weight);
  for (const term of trendTerms(post.text)) radar.add({ kind: 'term', key: term, day, weight, evidenceId });
  radar.add({ kind: 'platform', key: post.platform, day, weight, evidenceId });
}

/**
 * A search volume is spread evenly over the days of its bucket, so weekly or monthly figures line up
 * with the radar's own buckets instead of landing as one spike on the bucket's first day.
 */
export function feedKeywordVolume(radar: TrendRadar, volume: KeywordVolume): void {
  const { first, days } = keywordVolumeDays(volume);
  for (let day = first; day < first + days; day++) {
    radar.add({ kind: 'keyword', key: volume.keyword, day, weight: volume.volume / days });
  }
}

/** The days a search volume covers: its first day and how many. */
export function keywordVolumeDays(volume: Pick<KeywordVolume, 'bucket' | 'bucketStart'>): { first: DayNumber; days: number } {
  return { first: toDayNumber(volume.bucketStart), days: bucketLength(volume.bucket, volume.bucketStart) };
}

function bucketLength(bucket: KeywordVolume['bucket'], start: string): number {
  if (bucket === 'day') return 1;
  if (bucket === 'week') return 7;
  const date = new Date(start);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/** One order line, named by its product (or SKU when the product is unknown). */
export interface SaleLine {
  day: DayNumber;
  product: string;
  quantity: number;
}

export function feedSale(radar: TrendRadar, line: SaleLine): void {
  radar.add({ kind: 'sales', key: line.product, day: line.day, weight: line.quantity });
}
