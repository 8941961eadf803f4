/**
 * Per-review extraction results, so pain points update from new reviews alone: a review is extracted
 * once per model version and its triples are kept; ranking reads these rows instead of re-reading text.
 */
export interface ReviewExtractionTable {
  merchant_id: string;
  review_id: string;
  /** Which committed model produced the rows; a new model re-extracts lazily. */
  model_version: string;
  extracted_at: string;
}

export interface AspectOpinionTable {
  merchant_id: string;
  review_id: string;
  seq: number;
  aspect: string;
  aspect_group: string;
  opinion: string;
  polarity: 'positive' | 'negative' | 'neutral';
  clause: string;
}

/**
 * Counts kept by every extraction (830_painpoint_counts), added for new triples and taken away for replaced
 * ones. A cell is (product, platform, day); `product_key` is '' for a review without a product. A count
 * may reach 0 and stay as a row: readers ask for counts above 0. (Written out per table: schema.test.ts
 * reads each interface's own members.)
 */

/** Reviews by the set of committed aspect groups they complain about ('' none; sorted, joined by '|'). */
export interface PainPointReviewCountTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  /** YYYY-MM-DD (UTC) of reviewed_at. */
  day: string;
  complaints: string;
  reviews: number;
  /** Of those, reviews with a rating, and their ratings summed: the rating regression's inputs. */
  rated: number;
  rating_sum: number;
  /** Their ratings squared and summed: the spread behind a card's stars-lost range (950). */
  rating_squares: number;
}

export interface PainPointMentionCountTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  /** YYYY-MM-DD (UTC) of reviewed_at. */
  day: string;
  aspect_group: string;
  mentions: number;
  negative_mentions: number;
}

/**
 * `painpoint_review_count` summed over all days; `last_day` is the latest day a review was added with
 * (never lowered: a review whose extraction is replaced stays in its product and platform).
 */
export interface PainPointReviewTotalTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  complaints: string;
  reviews: number;
  rated: number;
  rating_sum: number;
  rating_squares: number;
  last_day: string;
}

/** `painpoint_mention_count` summed over all days. */
export interface PainPointMentionTotalTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  aspect_group: string;
  mentions: number;
  negative_mentions: number;
}

/** `painpoint_review_count` summed per month (YYYY-MM). */
export interface PainPointReviewMonthTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  month: string;
  complaints: string;
  reviews: number;
}

/** `painpoint_phrasing_count` summed over all days. */
export interface PainPointPhrasingTotalTable {
  merchant_id: string;
  aspect_group: string;
  phrasing: string;
  product_key: string;
  platform: string;
  mentions: number;
}

/** Negative mentions by how buyers phrase them (拉杆角度不能调). */
export interface PainPointPhrasingCountTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  /** YYYY-MM-DD (UTC) of reviewed_at. */
  day: string;
  aspect_group: string;
  phrasing: string;
  mentions: number;
}

/** Opinions said of each committed group in the whole shop: what learning the merchant's groups reads. */
export interface PainPointOpinionCountTable {
  merchant_id: string;
  aspect_group: string;
  opinion: string;
  mentions: number;
}

/** Reviews by product, whether they complain, and the set of groups they name (sorted, joined by '|'). */
export interface PainPointNamedCountTable {
  merchant_id: string;
  product_key: string;
  complains: number;
  named: string;
  reviews: number;
}

/** One row per review and committed group it complains about, in the order evidence is picked. */
export interface PainPointComplaintTable {
  merchant_id: string;
  product_key: string;
  platform: string;
  /** YYYY-MM-DD (UTC) of reviewed_at. */
  day: string;
  review_id: string;
  aspect_group: string;
  /** The rating, 3 when none: the lowest first. */
  evidence_rating: number;
  /** 1 when the text is too short to say what went wrong. */
  short: number;
  text_length: number;
}

/** How many extraction batches changed the merchant's counts: a cheap version for caches. */
export interface PainPointCountStateTable {
  merchant_id: string;
  batches: number;
}

/** The merchant's learned aspect groups and the counts version they were learned at (910_painpoint_learned_groups). */
export interface PainPointLearnedGroupsTable {
  merchant_id: string;
  batches: number;
  /** JSON: committed group → the merchant's group. */
  groups: string;
}

export interface PainPointsTables {
  painpoint_count_state: PainPointCountStateTable;
  painpoint_post_count: PainPointPostCountTable;
  painpoint_learned_groups: PainPointLearnedGroupsTable;
  review_extraction: ReviewExtractionTable;
  aspect_opinion: AspectOpinionTable;
  painpoint_review_count: PainPointReviewCountTable;
  painpoint_mention_count: PainPointMentionCountTable;
  painpoint_review_total: PainPointReviewTotalTable;
  painpoint_mention_total: PainPointMentionTotalTable;
  painpoint_phrasing_total: PainPointPhrasingTotalTable;
  painpoint_review_month: PainPointReviewMonthTable;
  painpoint_phrasing_count: PainPointPhrasingCountTable;
  painpoint_opinion_count: PainPointOpinionCountTable;
  painpoint_named_count: PainPointNamedCountTable;
  painpoint_complaint: PainPointComplaintTable;
}

/** Social posts by day and the set of committed groups they complain about (951): notes beside reviews. */
export interface PainPointPostCountTable {
  merchant_id: string;
  /** YYYY-MM-DD (UTC) of posted_at. */
  day: string;
  complaints: string;
  posts: number;
}
