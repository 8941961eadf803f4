/**
 * The trend radar over a merchant's stored counts (930_trend_counts): per (merchant, window) a radar is
 * built from sums per bucket of the window that the database adds up, and kept until a batch of reviews or
 * posts is counted or searches or sales arrive. Flagged items are upserted into trend_alert.
 */
import type { SeriesKind, TrendAlert, TrendEvidence, TrendSignal } from '../domain/trends.js';
import { listKeywordVolumes } from '../store/merchant-data.js';
import { countReviewsToExtract } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { listSalesPerDay, listSeriesFacts, listTrendBuckets, listTrendSeries, trendCountState, type TrendCountState } from '../store/trend-counts.js';
import { countSourceRows, listEvidence, listTrendAlerts, saveTrendAlerts } from '../store/trends.js';
import { newestEvidence } from '../trends/evidence-log.js';
import { foldRelated } from '../trends/fold-related.js';
import { senSlope } from '../trends/mann-kendall.js';
import { bucketRange, latestDay, radarFromCounts } from '../trends/radar-from-counts.js';
import type { TrendRadar, TrendScan } from '../trends/radar.js';
import { toDayNumber } from '../trends/time-buckets.js';
import { extractNewReviews, merchantGroupsFor } from './painpoints.js';
import { countNewPosts } from './trend-counts.js';
import { analysisRunning } from './work-progress.js';

// The page shows at most this many rising items; the rest are in the stored alerts.
const RISING_SHOWN = 100;

interface BuiltRadar {
  /** The counts it was built from: batches counted, search and sales rows. */
  version: string;
  /** Reviews, posts, search and sales rows in it. */
  rows: number;
  radar: TrendRadar;
  asOfDay: number | null;
  scan: TrendScan;
  /** What the page shows of the scan's rising items, words folded (thousands of items: folded once per build). */
  shown: TrendSignal[];
  groups: Readonly<Record<string, string>>;
  /** The day the alerts of this radar's scan were last stored for. */
  alertsSavedFor?: string;
}

// Radars kept per store (merchant × window); the least recently used goes first. Each holds a few MB.
const CACHED_RADARS = 64;

const radars = new WeakMap<Store, Map<string, BuiltRadar>>();

export interface TrendReport extends Omit<TrendScan, 'rising'> {
  merchantId: string;
  /** Rows taken into the radar since it was last read (all of them the first time). */
  newRows: number;
  /** Reviews still being analysed after an import, not yet in the figures (the page says so). */
  pendingReviews: number;
  rising: TrendSignal[];
}

/** Brings the merchant's radar up to date, scans the window, stores the alerts and returns the report. */
export async function trendReportFor(store: Store, merchantId: string, windowDays: number): Promise<TrendReport> {
  const { built, newRows, pendingReviews } = await refreshRadar(store, merchantId, windowDays);
  const { scan } = built;
  // The flagged items change only with new rows: a page read again (a write per item, hundreds of them) stores nothing.
  if (scan.asOf && scan.rising.length > 0 && (newRows > 0 || built.alertsSavedFor !== scan.asOf)) {
    await saveTrendAlerts(store, merchantId, scan.windowDays, scan.asOf, scan.rising);
    built.alertsSavedFor = scan.asOf;
  }
  return { ...scan, merchantId, newRows, pendingReviews, rising: built.shown };
}

/** Drill-down: one series over the window with the reviews and posts behind it. */
export async function trendSeriesFor(
  store: Store,
  merchantId: string,
  windowDays: number,
  kind: SeriesKind,
  key: string,
): Promise<{ signal: TrendSignal; evidence: TrendEvidence[] } | null> {
  const { built } = await refreshRadar(store, merchantId, windowDays);
  if (built.asOfDay === null) return null;
  const described = built.radar.describe(kind, key, { windowDays, asOfDay: built.asOfDay });
  if (!described) return null;
  const [signal] = await withEvidence(store, merchantId, built.groups, [described]);
  return { signal, evidence: await listEvidence(store, merchantId, signal.evidence) };
}

/** Stored alerts (of one window, or all), most recently flagged first, with their slope. */
export async function trendAlertsFor(store: Store, merchantId: string, windowDays?: number, limit = RISING_SHOWN): Promise<TrendAlert[]> {
  const alerts = await listTrendAlerts(store, merchantId, windowDays, limit);
  return alerts.map((alert) => ({ ...alert, senSlope: senSlope(alert.sparkline), related: [] }));
}

async function refreshRadar(store: Store, merchantId: string, windowDays: number): Promise<{ built: BuiltRadar; newRows: number; pendingReviews: number }> {
  // While an import's reviews are analysed in the background, the radar takes in those analysed so far.
  const analysing = analysisRunning(store, merchantId);
  if (!analysing) await extractNewReviews(store, merchantId);
  await countNewPosts(store, merchantId);
  const pendingReviews = analysing ? await countReviewsToExtract(store, merchantId) : 0;

  const state = await trendCountState(store, merchantId);
  const keywordRows = await countSourceRows(store, merchantId, 'keyword_volume');
  const salesRows = await countSourceRows(store, merchantId, 'sales_order');
  const version = `${state?.batches ?? 0}:${keywordRows}:${salesRows}`;
  const rows = (state?.reviews ?? 0) + (state?.posts ?? 0) + keywordRows + salesRows;

  let byMerchant = radars.get(store);
  if (!byMerchant) radars.set(store, (byMerchant = new Map()));
  const cacheKey = `${merchantId}:${windowDays}`;
  let built = byMerchant.get(cacheKey);
  const newRows = rows - (built?.rows ?? 0);
  if (built) byMerchant.delete(cacheKey);
  if (built?.version !== version) built = { ...(await buildRadar(store, merchantId, windowDays, state)), version, rows, alertsSavedFor: built?.alertsSavedFor };
  // Re-inserting keeps the map in least-recently-used order.
  byMerchant.set(cacheKey, built);
  if (byMerchant.size > CACHED_RADARS) byMerchant.delete(byMerchant.keys().next().value!);
  return { built, newRows, pendingReviews };
}

/** Reads the stored counts of the window (and the year before it) and scans them; the evidence of what rose is read by key. */
async function buildRadar(store: Store, merchantId: string, windowDays: number, state: TrendCountState | null): Promise<Omit<BuiltRadar, 'version' | 'rows'>> {
  const inputs = {
    documentDays: state ? { first: state.firstDay, last: state.lastDay } : null,
    series: await listTrendSeries(store, merchantId),
    keywordVolumes: await listKeywordVolumes(store, merchantId),
    sales: (await listSalesPerDay(store, merchantId)).map((s) => ({ ...s, day: toDayNumber(s.day) })).sort((a, b) => a.day - b.day),
    // Pain points trend under the merchant's own groups, as the pain-point page ranks them (拉杆, 把手 and 拉手 as one handle).
    groups: await merchantGroupsFor(store, merchantId),
  };
  const asOfDay = latestDay(inputs);
  const window = asOfDay === null ? null : bucketRange(asOfDay, windowDays);
  const buckets = window && asOfDay !== null ? await listTrendBuckets(store, merchantId, window.fromDay, asOfDay, window.plan.bucketDays) : [];
  const radar = radarFromCounts(windowDays, inputs, buckets, window?.fromDay ?? 0, window?.plan.bucketDays ?? 1);
  const scan = radar.scan({ windowDays, asOfDay: asOfDay ?? undefined });
  const rising = await withEvidence(store, merchantId, inputs.groups, scan.rising);
  return { radar, asOfDay, groups: inputs.groups, scan: { ...scan, rising }, shown: foldRelated(rising).slice(0, RISING_SHOWN) };
}

/** The signals with their newest reviews and posts: a merged group's are the newest of its members'. */
async function withEvidence(store: Store, merchantId: string, groups: Readonly<Record<string, string>>, signals: TrendSignal[]): Promise<TrendSignal[]> {
  // A merged group's members, itself among them (see merchant-aspect-groups.ts).
  const membersOf = new Map<string, string[]>();
  for (const [group, merged] of Object.entries(groups)) {
    const members = membersOf.get(merged);
    if (members) members.push(group);
    else membersOf.set(merged, [group]);
  }
  const stored = ({ kind, key }: TrendSignal) =>
    (kind === 'aspect' || kind === 'painpoint' ? (membersOf.get(key) ?? [key]) : [key]).map((member) => ({ kind, key: member }));
  const facts = await listSeriesFacts(store, merchantId, signals.flatMap(stored));
  return signals.map((signal) => ({
    ...signal,
    evidence: newestEvidence(stored(signal).flatMap(({ kind, key }) => facts.get(`${kind}\u0000${key}`)?.evidence ?? [])).map((e) => e.id),
  }));
}
