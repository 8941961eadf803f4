/**
 * The trend radar over a merchant's stored data. Each (merchant, window) keeps a radar in memory;
 * a refresh feeds it only rows it has not seen (new reviews, posts, searches, orders), so data
 * imported a minute ago is judged without re-reading the history through the text pipeline.
 * Flagged items are upserted into trend_alert.
 */
import type { ReviewMentions } from '../domain/review-opinions.js';
import type { SeriesKind, TrendAlert, TrendEvidence, TrendSignal } from '../domain/trends.js';
import type { Order } from '../domain/types.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import { listKeywordVolumes, listOrders, listPosts, listProducts } from '../store/merchant-data.js';
import { countReviewsToExtract, listReviewMentions } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { countSourceRows, listEvidence, listTrendAlerts, saveTrendAlerts, type TrendSourceTable } from '../store/trends.js';
import { foldRelated } from '../trends/fold-related.js';
import { senSlope } from '../trends/mann-kendall.js';
import { feedKeywordVolume, feedPost, feedReview, feedSale } from '../trends/merchant-events.js';
import { TrendRadar, type TrendScan } from '../trends/radar.js';
import { toDayNumber } from '../trends/time-buckets.js';
import { extractNewReviews } from './painpoints.js';
import { analysisRunning } from './work-progress.js';

// The page shows at most this many rising items; the rest are in the stored alerts.
const RISING_SHOWN = 100;

interface FedRadar {
  radar: TrendRadar;
  /** Row keys already fed, per source. */
  seen: Set<string>;
  /** Rows per source table at the last refresh: an unchanged count means nothing to read. */
  counts: Partial<Record<TrendSourceTable, number>>;
  /** The merchant's own aspect groups the reviews were fed under (see merchant-aspect-groups.ts); none fed yet when undefined. */
  groups?: Record<string, string>;
  /** Analysed reviews when the groups were learned. */
  groupsLearnedFrom?: number;
  /** The day the alerts of this radar's scan were last stored for; a read with nothing new stores nothing. */
  alertsSavedFor?: string;
}

/**
 * Learning the merchant's aspect groups reads every analysed review (seconds at 100,000); they are learned
 * again once the analysed reviews grew by this share since, so a small import costs only its own rows.
 * Five imports of a fifth each still relearn every time.
 */
const RELEARN_GROUPS_AFTER_GROWTH = 0.1;

// Radars kept per store (merchant × window); the least recently used goes first. Each holds a few MB
// for a typical shop, and one rebuilt from the stored rows costs seconds, not minutes.
const CACHED_RADARS = 64;

const radars = new WeakMap<Store, Map<string, FedRadar>>();

export interface TrendReport extends Omit<TrendScan, 'rising'> {
  merchantId: string;
  /** Rows fed to the radar by this refresh (all of them the first time). */
  newRows: number;
  /** Reviews still being analysed after an import, not yet in the figures (the page says so). */
  pendingReviews: number;
  rising: TrendSignal[];
}

/** Brings the merchant's radar up to date, scans the window, stores the alerts and returns the report. */
export async function trendReportFor(store: Store, merchantId: string, windowDays: number): Promise<TrendReport> {
  const { fed, newRows, pendingReviews } = await refreshRadar(store, merchantId, windowDays);
  const scan = fed.radar.scan({ windowDays });
  // The flagged items change only with new rows: a page read again (a write per item, hundreds of them) stores nothing.
  if (scan.asOf && scan.rising.length > 0 && (newRows > 0 || fed.alertsSavedFor !== scan.asOf)) {
    await saveTrendAlerts(store, merchantId, scan.windowDays, scan.asOf, scan.rising);
    fed.alertsSavedFor = scan.asOf;
  }
  return { ...scan, merchantId, newRows, pendingReviews, rising: foldRelated(scan.rising).slice(0, RISING_SHOWN) };
}

/** Drill-down: one series over the window with the reviews and posts behind it. */
export async function trendSeriesFor(
  store: Store,
  merchantId: string,
  windowDays: number,
  kind: SeriesKind,
  key: string,
): Promise<{ signal: TrendSignal; evidence: TrendEvidence[] } | null> {
  const { fed } = await refreshRadar(store, merchantId, windowDays);
  const signal = fed.radar.describe(kind, key, { windowDays });
  if (!signal) return null;
  return { signal, evidence: await listEvidence(store, merchantId, signal.evidence) };
}

/** Stored alerts (of one window, or all), most recently flagged first, with their slope. */
export async function trendAlertsFor(store: Store, merchantId: string, windowDays?: number, limit = RISING_SHOWN): Promise<TrendAlert[]> {
  const alerts = await listTrendAlerts(store, merchantId, windowDays, limit);
  return alerts.map((alert) => ({ ...alert, senSlope: senSlope(alert.sparkline), related: [] }));
}

async function refreshRadar(store: Store, merchantId: string, windowDays: number): Promise<{ fed: FedRadar; newRows: number; pendingReviews: number }> {
  let byMerchant = radars.get(store);
  if (!byMerchant) radars.set(store, (byMerchant = new Map()));
  const cacheKey = `${merchantId}:${windowDays}`;
  let fed = byMerchant.get(cacheKey);
  if (fed) byMerchant.delete(cacheKey);
  else fed = { radar: new TrendRadar({ horizonDays: windowDays }), seen: new Set(), counts: {} };
  // Re-inserting keeps the map in least-recently-used order.
  byMerchant.set(cacheKey, fed);
  if (byMerchant.size > CACHED_RADARS) byMerchant.delete(byMerchant.keys().next().value!);
  const { radar, seen, counts } = fed;
  // Reads a source only when its row count moved, then keeps the rows not fed before.
  const unseen = async <T>(table: TrendSourceTable, list: () => Promise<T[]>, key: (row: T) => string): Promise<T[]> => {
    const count = await countSourceRows(store, merchantId, table);
    if (count === counts[table]) return [];
    const rows = (await list()).filter((row) => {
      const rowKey = key(row);
      return !seen.has(rowKey) && seen.add(rowKey) !== null;
    });
    // Noted only once the rows are in hand, so a failed read is retried on the next refresh.
    counts[table] = count;
    return rows;
  };

  // While an import's reviews are analysed in the background, the radar takes in those analysed so far.
  const analysing = analysisRunning(store, merchantId);
  if (!analysing) await extractNewReviews(store, merchantId);
  const pendingReviews = analysing ? await countReviewsToExtract(store, merchantId) : 0;
  // Rows arrive oldest first, which the radar's day rings expect. Reviews are read once analysed, so
  // the count that says "something new" is of analysed reviews.
  let allReviews: ReviewMentions[] | undefined;
  const loadReviews = async () => (allReviews = await listReviewMentions(store, merchantId, {}));
  const reviews = await unseen('review_extraction', loadReviews, (r) => `review:${r.reviewId}`);
  if (allReviews) {
    // Pain points trend under the merchant's own groups, as the pain-point page ranks them (拉杆, 把手
    // and 拉手 as one handle). New reviews can change the groups; the radar is then rebuilt under them.
    const analysed = allReviews.length;
    if (!fed.groups || analysed >= (fed.groupsLearnedFrom ?? 0) * (1 + RELEARN_GROUPS_AFTER_GROWTH)) {
      const groups = merchantAspectGroups(allReviews);
      if (fed.groups && !sameGroups(groups, fed.groups)) {
        byMerchant.delete(cacheKey);
        return refreshRadar(store, merchantId, windowDays);
      }
      fed.groups = groups;
      fed.groupsLearnedFrom = analysed;
    }
  }
  const posts = await unseen('social_post', () => listPosts(store, merchantId), (p) => `post:${p.id}`);
  const volumes = await unseen('keyword_volume', () => listKeywordVolumes(store, merchantId), (v) => `keyword:${v.keyword}|${v.platform}|${v.bucketStart}`);
  const orders = await unseen('sales_order', () => listOrders(store, merchantId), (o) => `order:${o.id}`);
  // Order lines name products by id; the catalogue is read only when there are lines to name.
  const products = new Map(orders.length > 0 ? (await listProducts(store, merchantId)).map((p) => [p.id, p.name]) : []);
  for (const review of regroupReviews(reviews, fed.groups ?? {})) feedReview(radar, review);
  for (const post of posts) feedPost(radar, post);
  for (const volume of volumes) feedKeywordVolume(radar, volume);
  for (const order of orders) feedOrder(radar, order, products);
  const newRows = reviews.length + posts.length + volumes.length + orders.length;
  return { fed, newRows, pendingReviews };
}

function sameGroups(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function feedOrder(radar: TrendRadar, order: Order, products: Map<string, string>): void {
  const day = toDayNumber(order.orderedAt);
  for (const line of order.lines) {
    const product = (line.productId && products.get(line.productId)) ?? line.sku ?? line.productId;
    if (product) feedSale(radar, { day, product, quantity: line.quantity });
  }
}

