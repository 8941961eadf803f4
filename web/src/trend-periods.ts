/**
 * Days in the trend radar's recent period and in the earlier one it is compared with, so every count and rise on
 * the page says its window ("近 28 天 … 之前 63 天").
 */
export const trendPeriods = (r: { recentBuckets: number; buckets: number; bucketDays: number }) => ({
  recentDays: r.recentBuckets * r.bucketDays,
  baselineDays: (r.buckets - r.recentBuckets) * r.bucketDays,
});
