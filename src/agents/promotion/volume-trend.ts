import type { KeywordVolume } from '../../domain/types.js';

/**
 * Four weeks against the four before: long enough to average out a promotion week, short enough
 * that a keyword taking off this month shows up this month.
 */
export const TREND_WEEKS = 4;

export interface KeywordTrend {
  keyword: string;
  platform: string;
  /** Searches in the latest bucket. */
  latestWeekly: number;
  /** Mean of the last TREND_WEEKS buckets over the mean of the TREND_WEEKS before, minus one. */
  growth: number;
}

/** Weekly search trends per (keyword, platform); buckets other than weeks are ignored. */
export function keywordTrends(volumes: KeywordVolume[]): KeywordTrend[] {
  const series = new Map<string, KeywordVolume[]>();
  for (const v of volumes.filter((x) => x.bucket === 'week')) {
    const key = `${v.keyword}\u0000${v.platform}`;
    series.set(key, [...(series.get(key) ?? []), v]);
  }
  return [...series.values()].map((points) => {
    const sorted = [...points].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart));
    const mean = (xs: KeywordVolume[]) => (xs.length ? xs.reduce((s, x) => s + x.volume, 0) / xs.length : 0);
    const recent = mean(sorted.slice(-TREND_WEEKS));
    const before = mean(sorted.slice(-2 * TREND_WEEKS, -TREND_WEEKS));
    return {
      keyword: sorted[0].keyword,
      platform: sorted[0].platform,
      latestWeekly: sorted[sorted.length - 1].volume,
      growth: before > 0 ? recent / before - 1 : 0,
    };
  });
}
