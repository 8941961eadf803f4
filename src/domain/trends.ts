/**
 * Trend radar vocabulary. A series is one thing the merchant can watch rise (a word customers use,
 * a pain point, a product, a platform…); an event is one dated, weighted occurrence of it.
 */

export type SeriesKind = 'term' | 'aspect' | 'painpoint' | 'product' | 'category' | 'platform' | 'keyword' | 'sales';

/** Which test made the call; the one with the smallest p-value wins and names the signal. */
export type TrendTest = 'rate' | 'rate-seasonal' | 'mann-kendall' | 'change-point' | 'emerging';

/** Cross-team contract: what other capabilities (selection, agents) read from the radar. */
export interface RisingItem {
  kind: SeriesKind;
  key: string;
  /** Recent rate over baseline rate minus one: 1.5 means +150 %. */
  growth: number;
  pValue: number;
  /** Benjamini-Hochberg adjusted p-value across every series tested in the same run. */
  qValue: number;
  test: TrendTest;
  /** Never seen in the merchant's history before the recent period. */
  emerging: boolean;
}

/** A rising item with what the page and CLI show beside it. */
export interface TrendSignal extends RisingItem {
  /** Weighted count in the recent period and in the baseline period of the window. */
  recent: number;
  baseline: number;
  /** Sen's slope of the per-bucket values, in the series' own units per bucket. */
  senSlope: number;
  /** One value per bucket over the window, oldest first, for the sparkline. */
  sparkline: number[];
  /** Ids of the most recent reviews/posts behind the series, newest first. */
  evidence: string[];
  /** Rising words folded into this item because the same reviews carry them (see foldRelated). */
  related: string[];
}

/** Per-day index since 1970-01-01 UTC; the radar's unit of time. */
export type DayNumber = number;

export interface TrendEvent {
  kind: SeriesKind;
  key: string;
  day: DayNumber;
  /** 1 for a review mention; engagement for posts; units for sales; searches for keywords. */
  weight: number;
  /** Review or post id shown on drill-down. */
  evidenceId?: string;
}

/** A flagged item as stored: when the radar first and last flagged it, and its latest figures. */
export interface TrendAlert extends TrendSignal {
  windowDays: number;
  firstAlertedOn: string;
  lastAlertedOn: string;
}

/** One review or post behind a series, as drill-down shows it. */
export interface TrendEvidence {
  id: string;
  source: 'review' | 'post';
  text: string;
  at: string;
  platform: string;
}

/**
 * What the stored day counts (930_trend_counts) hold per (kind, key, day). Reviews count under the set of
 * aspect groups they mention (`aspects`) and complain about (`painpoints`), as the model groups them, so
 * the radar can merge groups the merchant's buyers use alike and still count each review once per group;
 * `document` (key '') is the denominator of the share series. Keywords and sales are summed from their
 * own tables when read.
 */
export type CountedKind = 'term' | 'product' | 'category' | 'platform' | 'document' | 'aspects' | 'painpoints';

export interface TrendDayCount {
  kind: CountedKind;
  key: string;
  day: DayNumber;
  weight: number;
}

/** A review or post behind a series, as kept for drill-down: the newest few per series. */
export interface TrendEvidenceEntry {
  id: string;
  day: DayNumber;
}

/** A series reviews and posts feed (aspects and pain points under the model's groups): when first seen, its newest evidence. */
export interface TrendSeriesFacts {
  kind: SeriesKind;
  key: string;
  firstDay: DayNumber;
  evidence: TrendEvidenceEntry[];
}

/** One batch's additions to the stored counts. */
export interface TrendCountDeltas {
  counts: TrendDayCount[];
  series: TrendSeriesFacts[];
  /** Reviews and posts counted for the first time, and the days they span. */
  reviews: number;
  posts: number;
  firstDay: DayNumber;
  lastDay: DayNumber;
}
