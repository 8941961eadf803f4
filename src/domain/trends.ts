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
