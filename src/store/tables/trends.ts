/**
 * Trend alerts: every item the radar flagged, one row per (kind, key, window), updated on each scan
 * so the page can show what is new since the merchant last looked and how it has moved since.
 */
export interface TrendAlertTable {
  merchant_id: string;
  kind: string;
  key: string;
  window_days: number;
  /** As-of day (YYYY-MM-DD) of the scan that first flagged it, and of the latest one. */
  first_alerted_on: string;
  last_alerted_on: string;
  growth: number;
  p_value: number;
  q_value: number;
  test: string;
  emerging: number;
  recent: number;
  baseline: number;
  /** JSON: per-bucket values over the window, and the newest evidence ids. */
  sparkline: string;
  evidence: string;
  updated_at: string;
}

/** Weight per (kind, key, day number) of a merchant's reviews and posts (930_trend_counts; kinds: `CountedKind`). */
export interface TrendCountTable {
  merchant_id: string;
  kind: string;
  key: string;
  day: number;
  weight: number;
}

/** A series fed by reviews and posts: its first day number and newest evidence (JSON `TrendEvidenceEntry[]`). */
export interface TrendSeriesTable {
  merchant_id: string;
  kind: string;
  key: string;
  first_day: number;
  evidence: string;
}

/** Per merchant: batches counted, reviews and posts in the counts, first and last day number. */
export interface TrendCountStateTable {
  merchant_id: string;
  batches: number;
  reviews: number;
  posts: number;
  first_day: number;
  last_day: number;
}

export interface TrendsTables {
  trend_alert: TrendAlertTable;
  trend_count: TrendCountTable;
  trend_series: TrendSeriesTable;
  trend_count_state: TrendCountStateTable;
}
