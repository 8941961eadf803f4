/**
 * The radar built from stored counts instead of rows: each series' weight summed per bucket of the window
 * (and of the same window a year earlier) by the database, fed as one event per bucket. The radar only
 * ever sums days into those same buckets, so its figures are the ones feeding every row gives; what an
 * event's day also decides — when a series was first seen — comes from the stored first day, and each
 * bucket's event is put on a day inside the bucket no earlier than that. Search volumes and sales come
 * from their own, small tables as before.
 */
import type { DayNumber, SeriesKind } from '../domain/trends.js';
import type { KeywordVolume } from '../domain/types.js';
import { GROUP_SET_SEPARATOR } from './day-counts.js';
import { feedKeywordVolume, feedSale, keywordVolumeDays } from './merchant-events.js';
import { TrendRadar } from './radar.js';
import { planWindow, YEAR_DAYS, type WindowPlan } from './time-buckets.js';

export interface StoredTrendInputs {
  /** Reviews and posts counted: first and last day. */
  documentDays: { first: DayNumber; last: DayNumber } | null;
  /** Series fed by reviews and posts, aspects and pain points under the model's groups. */
  series: readonly { kind: SeriesKind; key: string; firstDay: DayNumber }[];
  keywordVolumes: readonly KeywordVolume[];
  /** Units per product and day, oldest first. */
  sales: readonly { product: string; day: DayNumber; quantity: number }[];
  /** Model group → the merchant's group, for groups that merged. */
  groups: Readonly<Record<string, string>>;
}

/** Stored bucket sums, as `listTrendBuckets` returns them (bucket 0 starts on `bucketsFrom`). */
export interface StoredBucket {
  kind: string;
  key: string;
  bucket: number;
  weight: number;
}

/** The newest day of anything the radar reads: the day the window ends on; null with no data. */
export function latestDay(inputs: Pick<StoredTrendInputs, 'documentDays' | 'keywordVolumes' | 'sales'>): DayNumber | null {
  let latest = inputs.documentDays?.last ?? -Infinity;
  for (const volume of inputs.keywordVolumes) {
    const { first, days } = keywordVolumeDays(volume);
    latest = Math.max(latest, first + days - 1);
  }
  for (const sale of inputs.sales) latest = Math.max(latest, sale.day);
  return Number.isFinite(latest) ? latest : null;
}

/** The days whose buckets a window ending on `asOfDay` reads: its own and the year before. */
export function bucketRange(asOfDay: DayNumber, windowDays: number): { plan: WindowPlan; fromDay: DayNumber } {
  const plan = planWindow(asOfDay, windowDays);
  return { plan, fromDay: plan.startDay - YEAR_DAYS };
}

/** The merchant's group a model group counts under. */
export const merchantGroup = (groups: Readonly<Record<string, string>>, group: string) => groups[group] ?? group;

export function radarFromCounts(windowDays: number, inputs: StoredTrendInputs, buckets: readonly StoredBucket[], fromDay: DayNumber, bucketDays: number): TrendRadar {
  const radar = new TrendRadar({ horizonDays: windowDays });
  const { groups } = inputs;
  const grouped = (kind: SeriesKind, key: string) => (kind === 'aspect' || kind === 'painpoint' ? merchantGroup(groups, key) : key);
  // First days, merged groups taking their earliest member's; each series is first fed on its first day.
  const firstDays = new Map<string, DayNumber>();
  for (const { kind, key, firstDay } of inputs.series) {
    const id = `${kind}\u0000${grouped(kind, key)}`;
    firstDays.set(id, Math.min(firstDay, firstDays.get(id) ?? Infinity));
  }
  if (inputs.documentDays) radar.addDocument(inputs.documentDays.first, 0);
  for (const [id, day] of firstDays) {
    const [kind, key] = id.split('\u0000') as [SeriesKind, string];
    radar.add({ kind, key, day, weight: 0 });
  }
  // Then every bucket's sum, oldest bucket first (the radar's rings take each series' days in order).
  const ordered = buckets.slice().sort((a, b) => a.bucket - b.bucket);
  const documentsFrom = inputs.documentDays?.first ?? fromDay;
  for (const { kind, key, bucket, weight } of ordered) {
    const start = fromDay + bucket * bucketDays;
    if (kind === 'document') {
      radar.addDocument(Math.max(start, documentsFrom), weight);
      continue;
    }
    const kinds: [SeriesKind, string[]] =
      kind === 'aspects' ? ['aspect', mergedSet(groups, key)] : kind === 'painpoints' ? ['painpoint', mergedSet(groups, key)] : [kind as SeriesKind, [key]];
    for (const series of kinds[1]) {
      const first = firstDays.get(`${kinds[0]}\u0000${series}`) ?? start;
      radar.add({ kind: kinds[0], key: series, day: Math.max(start, first), weight });
    }
  }
  for (const volume of inputs.keywordVolumes) feedKeywordVolume(radar, volume);
  for (const sale of inputs.sales) feedSale(radar, sale);
  return radar;
}

/** A stored set of model groups as the merchant's groups, each once. */
function mergedSet(groups: Readonly<Record<string, string>>, key: string): string[] {
  return [...new Set(key.split(GROUP_SET_SEPARATOR).map((group) => merchantGroup(groups, group)))];
}
