import type { PainPointComplaintRow, PainPointCountDeltas } from '../../domain/painpoint-counts.js';
import type { AspectOpinion } from '../../domain/review-opinions.js';
import { OVERALL_GROUP } from '../types.js';
import { INFORMATIVE_CHARACTERS, UNRATED_AS } from './evidence.js';
import { phrasingOf } from './phrasing.js';

/**
 * What one extracted review adds to the stored pain-point counts (and, with sign -1, what its replaced
 * extraction takes away). The report reads these counts instead of the reviews: see report-from-counts.ts.
 */

/** What the counts need to know of a review besides its triples. */
export interface ReviewFacts {
  id: string;
  productId: string | null;
  platform: string;
  rating: number | null;
  reviewedAt: string;
  textLength: number;
}

/** A set of committed aspect groups as one key: sorted, joined by '|' (group names are words, never '|'). */
export const groupSetKey = (groups: Iterable<string>): string => [...new Set(groups)].sort().join('|');
export const groupsOfKey = (key: string): string[] => (key === '' ? [] : key.split('|'));

export const productKeyOf = (productId: string | null): string => productId ?? '';
/** Reviews are stored with ISO-8601 UTC times, so the first ten characters are the day. */
export const dayOf = (reviewedAt: string): string => reviewedAt.slice(0, 10);

export const emptyCountDeltas = (): PainPointCountDeltas => ({
  reviews: new Map(), mentions: new Map(), reviewTotals: new Map(), mentionTotals: new Map(), phrasings: new Map(), phrasingTotals: new Map(), reviewMonths: new Map(), opinions: new Map(), named: new Map(),
});

const key = (...parts: (string | number)[]) => parts.join('\u0000');

/**
 * Adds `counts` to the row under `k`, starting from `newRow()` (its counts at 0) when there is none.
 * The row is made only for a new key: a batch adds to the same few cells thousands of times.
 */
function add<T extends object>(map: Map<string, T>, k: string, newRow: () => T, counts: Partial<Record<keyof T, number>>): void {
  let existing = map.get(k);
  if (!existing) map.set(k, (existing = newRow()));
  for (const column in counts) (existing[column] as number) += counts[column]!;
}

/** Adds (sign 1) or takes away (sign -1) one review's extraction from `into`. */
export function addReviewCounts(into: PainPointCountDeltas, review: ReviewFacts, opinions: readonly AspectOpinion[], sign: 1 | -1): void {
  const cell = { product_key: productKeyOf(review.productId), platform: review.platform, day: dayOf(review.reviewedAt) };
  const at = key(cell.product_key, cell.platform, cell.day);
  const complaints = groupSetKey(opinions.filter((o) => o.polarity === 'negative').map((o) => o.aspectGroup));
  const rated = review.rating === null ? 0 : 1;
  const rating = review.rating ?? 0;
  const reviewCounts = { reviews: sign, rated: sign * rated, rating_sum: sign * rating, rating_squares: sign * rating * rating };
  add(into.reviews, key(at, complaints), () => ({ ...cell, complaints, reviews: 0, rated: 0, rating_sum: 0, rating_squares: 0 }), reviewCounts);
  const pair = { product_key: cell.product_key, platform: cell.platform };
  const total = key(pair.product_key, pair.platform, complaints);
  add(into.reviewTotals, total, () => ({ ...pair, complaints, reviews: 0, rated: 0, rating_sum: 0, rating_squares: 0, last_day: cell.day }), reviewCounts);
  if (cell.day > into.reviewTotals.get(total)!.last_day) into.reviewTotals.get(total)!.last_day = cell.day;
  const month = cell.day.slice(0, 7);
  add(into.reviewMonths, key(pair.product_key, pair.platform, month, complaints), () => ({ ...pair, month, complaints, reviews: 0 }), { reviews: sign });
  for (const o of opinions) {
    const negative = o.polarity === 'negative' ? 1 : 0;
    const mentionCounts = { mentions: sign, negative_mentions: sign * negative };
    add(into.mentions, key(at, o.aspectGroup), () => ({ ...cell, aspect_group: o.aspectGroup, mentions: 0, negative_mentions: 0 }), mentionCounts);
    add(into.mentionTotals, key(pair.product_key, pair.platform, o.aspectGroup), () => ({ ...pair, aspect_group: o.aspectGroup, mentions: 0, negative_mentions: 0 }), mentionCounts);
    if (negative) {
      const phrasing = phrasingOf(o);
      add(into.phrasings, key(at, o.aspectGroup, phrasing), () => ({ ...cell, aspect_group: o.aspectGroup, phrasing, mentions: 0 }), { mentions: sign });
      add(into.phrasingTotals, key(pair.product_key, pair.platform, o.aspectGroup, phrasing), () => ({ ...pair, aspect_group: o.aspectGroup, phrasing, mentions: 0 }), { mentions: sign });
    }
    add(into.opinions, key(o.aspectGroup, o.opinion), () => ({ aspect_group: o.aspectGroup, opinion: o.opinion, mentions: 0 }), { mentions: sign });
  }
  // Learning groups compares the groups each review names; a review naming none takes no part.
  const named = groupSetKey(opinions.map((o) => o.aspectGroup).filter((g) => g !== OVERALL_GROUP));
  if (named === '') return;
  const complains = complaints === '' ? 0 : 1;
  add(into.named, key(cell.product_key, complains, named), () => ({ product_key: cell.product_key, complains, named, reviews: 0 }), { reviews: sign });
}

/** One row per committed group the review complains about, ordered as `pickEvidence` orders quotes. */
export function complaintRows(review: ReviewFacts, opinions: readonly AspectOpinion[]): PainPointComplaintRow[] {
  const complained = groupsOfKey(groupSetKey(opinions.filter((o) => o.polarity === 'negative').map((o) => o.aspectGroup)));
  return complained.map((aspectGroup) => ({
    review_id: review.id,
    aspect_group: aspectGroup,
    product_key: productKeyOf(review.productId),
    platform: review.platform,
    day: dayOf(review.reviewedAt),
    evidence_rating: review.rating ?? UNRATED_AS,
    short: review.textLength >= INFORMATIVE_CHARACTERS ? 0 : 1,
    text_length: review.textLength,
  }));
}
