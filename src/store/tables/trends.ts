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

export interface TrendsTables {
  trend_alert: TrendAlertTable;
}
