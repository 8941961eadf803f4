/**
 * The pain-point counts the store keeps per (product, platform, day) and what reading them gives back:
 * plain rows shared by the store (which adds and sums them) and the pain-point report (which fills and
 * reads them). `productKey` is '' for a review without a product.
 */

/** What one saved batch changes, keyed by each table's key; counts are signed (a replaced extraction subtracts). */
export interface PainPointCountDeltas {
  reviews: Map<string, { product_key: string; platform: string; day: string; complaints: string; reviews: number; rated: number; rating_sum: number; rating_squares: number }>;
  mentions: Map<string, { product_key: string; platform: string; day: string; aspect_group: string; mentions: number; negative_mentions: number }>;
  phrasings: Map<string, { product_key: string; platform: string; day: string; aspect_group: string; phrasing: string; mentions: number }>;
  reviewTotals: Map<string, { product_key: string; platform: string; complaints: string; reviews: number; rated: number; rating_sum: number; rating_squares: number; last_day: string }>;
  mentionTotals: Map<string, { product_key: string; platform: string; aspect_group: string; mentions: number; negative_mentions: number }>;
  reviewMonths: Map<string, { product_key: string; platform: string; month: string; complaints: string; reviews: number }>;
  phrasingTotals: Map<string, { product_key: string; platform: string; aspect_group: string; phrasing: string; mentions: number }>;
  opinions: Map<string, { aspect_group: string; opinion: string; mentions: number }>;
  named: Map<string, { product_key: string; complains: number; named: string; reviews: number }>;
}

/** One review's complaint about one committed group, with what evidence is ordered by. */
export interface PainPointComplaintRow {
  review_id: string;
  aspect_group: string;
  product_key: string;
  platform: string;
  day: string;
  evidence_rating: number;
  short: number;
  text_length: number;
}

/** Which cells a report reads: a product or a set of products in or out, a platform, days from `sinceDay`. */
export interface PainPointCellFilter {
  productKeys?: readonly string[];
  excludeProductKeys?: readonly string[];
  platform?: string;
  sinceDay?: string;
}

/** Reviews of one (product, platform) by the set of groups they complain about, summed over days. */
export interface ComplaintCell {
  productKey: string;
  platform: string;
  complaints: string;
  reviews: number;
  rated: number;
  ratingSum: number;
  ratingSquares: number;
  /** The last day with reviews in this cell. */
  lastDay: string;
}

export interface DayComplaintCell {
  productKey: string;
  platform: string;
  day: string;
  complaints: string;
  reviews: number;
}

export interface MonthComplaintCell {
  month: string;
  complaints: string;
  reviews: number;
}

export interface MentionCell {
  productKey: string;
  platform: string;
  aspectGroup: string;
  mentions: number;
  negativeMentions: number;
}

export interface PhrasingCount {
  aspectGroup: string;
  phrasing: string;
  mentions: number;
}

/** A quotable complaining review, in the order evidence is picked. */
export interface EvidenceCandidate {
  reviewId: string;
  text: string;
}

/** What learning a merchant's aspect groups reads: opinions per group, and reviews per set of named groups. */
export interface AspectGroupingCounts {
  opinions: { aspectGroup: string; opinion: string; mentions: number }[];
  named: { productKey: string; complains: boolean; groups: string[]; reviews: number }[];
}

/**
 * Whose reviews "the pain points" count: the merchant's own products by default (issue 15), competitors'
 * alone, or all. A review of no known product counts as the merchant's own.
 */
export type OwnerScope = 'own' | 'competitor' | 'all';
