/**
 * The trend radar over a merchant's stored data. Each (merchant, window) keeps a radar in memory;
 * a refresh feeds it only rows it has not seen (new reviews, posts, searches, orders), so data
 * imported a minute ago is judged without re-reading the history through the text pipeline.
 * Flagged items are upserted into trend_alert.
 */
import { sql } from 'kysely';
import type { Order } from '../domain/types.js';
import { foldRelated } from '../trends/fold-related.js';
import { senSlope } from '../trends/mann-kendall.js';
import { feedKeywordVolume, feedPost, feedReview, feedSale } from '../trends/merchant-events.js';
import { TrendRadar, type TrendScan } from '../trends/radar.js';
import { toDayNumber } from '../trends/time-buckets.js';
import type { SeriesKind, TrendAlert, TrendEvidence, TrendSignal } from '../trends/types.js';
import { listKeywordVolumes, listOrders, listPosts, listProducts } from './merchant-data.js';
import { extractNewReviews, listReviewMentions } from './painpoints.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';
import type { Store } from './store.js';

// The page shows at most this many rising items; the rest are in the stored alerts.
const RISING_SHOWN = 100;

interface FedRadar {
  radar: TrendRadar;
  /** Row keys already fed, per source. */
  seen: Set<string>;
  /** Rows per source table at the last refresh: an unchanged count means nothing to read. */
  counts: Partial<Record<SourceTable, number>>;
  /** The merchant's own aspect groups the reviews were fed under (see merchant-aspect-groups.ts); none fed yet when undefined. */
  groups?: Record<string, string>;
}

type SourceTable = 'review' | 'social_post' | 'keyword_volume' | 'sales_order';

// Radars kept per store (merchant × window); the least recently used goes first. Each holds a few MB
// for a typical shop, and one rebuilt from the stored rows costs seconds, not minutes.
const CACHED_RADARS = 64;

const radars = new WeakMap<Store, Map<string, FedRadar>>();

export interface TrendReport extends Omit<TrendScan, 'rising'> {
  merchantId: string;
  /** Rows fed to the radar by this refresh (all of them the first time). */
  newRows: number;
  rising: TrendSignal[];
}

/** Brings the merchant's radar up to date, scans the window, stores the alerts and returns the report. */
export async function trendReportFor(store: Store, merchantId: string, windowDays: number): Promise<TrendReport> {
  const { radar, newRows } = await refreshRadar(store, merchantId, windowDays);
  const scan = radar.scan({ windowDays });
  await saveTrendAlerts(store, merchantId, scan);
  return { ...scan, merchantId, newRows, rising: foldRelated(scan.rising).slice(0, RISING_SHOWN) };
}

/** Drill-down: one series over the window with the reviews and posts behind it. */
export async function trendSeriesFor(
  store: Store,
  merchantId: string,
  windowDays: number,
  kind: SeriesKind,
  key: string,
): Promise<{ signal: TrendSignal; evidence: TrendEvidence[] } | null> {
  const { radar } = await refreshRadar(store, merchantId, windowDays);
  const signal = radar.describe(kind, key, { windowDays });
  if (!signal) return null;
  return { signal, evidence: await loadEvidence(store, merchantId, signal.evidence) };
}

async function refreshRadar(store: Store, merchantId: string, windowDays: number): Promise<{ radar: TrendRadar; newRows: number }> {
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
  const unseen = async <T>(table: SourceTable, list: () => Promise<T[]>, key: (row: T) => string): Promise<T[]> => {
    const count = await countRows(store, merchantId, table);
    if (count === counts[table]) return [];
    const rows = (await list()).filter((row) => {
      const rowKey = key(row);
      return !seen.has(rowKey) && seen.add(rowKey) !== null;
    });
    // Noted only once the rows are in hand, so a failed read is retried on the next refresh.
    counts[table] = count;
    return rows;
  };

  await extractNewReviews(store, merchantId);
  // Rows arrive oldest first, which the radar's day rings expect.
  let allReviews: ReviewMentions[] | undefined;
  const loadReviews = async () => (allReviews = await listReviewMentions(store, merchantId, {}));
  const reviews = await unseen('review', loadReviews, (r) => `review:${r.reviewId}`);
  if (allReviews) {
    // Pain points trend under the merchant's own groups, as the pain-point page ranks them (拉杆, 把手
    // and 拉手 as one handle). New reviews can change the groups; the radar is then rebuilt under them.
    const groups = merchantAspectGroups(allReviews);
    if (fed.groups && !sameGroups(groups, fed.groups)) {
      byMerchant.delete(cacheKey);
      return refreshRadar(store, merchantId, windowDays);
    }
    fed.groups = groups;
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
  return { radar, newRows };
}

function sameGroups(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

async function countRows(store: Store, merchantId: string, table: SourceTable): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('rows'))
    .where('merchant_id', '=', merchantId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string.
  return Number(row.rows);
}

function feedOrder(radar: TrendRadar, order: Order, products: Map<string, string>): void {
  const day = toDayNumber(order.orderedAt);
  for (const line of order.lines) {
    const product = (line.productId && products.get(line.productId)) ?? line.sku ?? line.productId;
    if (product) feedSale(radar, { day, product, quantity: line.quantity });
  }
}

async function saveTrendAlerts(store: Store, merchantId: string, scan: TrendScan): Promise<void> {
  if (!scan.asOf || scan.rising.length === 0) return;
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (const item of scan.rising) {
      const figures = {
        last_alerted_on: scan.asOf!,
        growth: item.growth,
        p_value: item.pValue,
        q_value: item.qValue,
        test: item.test,
        emerging: item.emerging ? 1 : 0,
        recent: item.recent,
        baseline: item.baseline,
        sparkline: JSON.stringify(item.sparkline),
        evidence: JSON.stringify(item.evidence),
        updated_at: now,
      };
      await tx.db
        .insertInto('trend_alert')
        .values({ merchant_id: merchantId, kind: item.kind, key: item.key, window_days: scan.windowDays, first_alerted_on: scan.asOf!, ...figures })
        .onConflict((conflict) => conflict.columns(['merchant_id', 'kind', 'key', 'window_days']).doUpdateSet(figures))
        .execute();
    }
  });
}

/** Stored alerts (of one window, or all), most recently flagged first. */
export async function listTrendAlerts(store: Store, merchantId: string, windowDays?: number, limit = RISING_SHOWN): Promise<TrendAlert[]> {
  let query = store.db.selectFrom('trend_alert').selectAll().where('merchant_id', '=', merchantId);
  if (windowDays !== undefined) query = query.where('window_days', '=', windowDays);
  const rows = await query
    .orderBy('last_alerted_on', 'desc')
    .orderBy('q_value')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const sparkline = JSON.parse(row.sparkline) as number[];
    return {
      kind: row.kind as SeriesKind,
      key: row.key,
      windowDays: row.window_days,
      firstAlertedOn: row.first_alerted_on,
      lastAlertedOn: row.last_alerted_on,
      growth: row.growth,
      pValue: row.p_value,
      qValue: row.q_value,
      test: row.test as TrendAlert['test'],
      emerging: row.emerging === 1,
      recent: row.recent,
      baseline: row.baseline,
      senSlope: senSlope(sparkline),
      sparkline,
      evidence: JSON.parse(row.evidence) as string[],
      related: [],
    };
  });
}

/** Texts of evidence ids ("review:…", "post:…"), in the order given. */
async function loadEvidence(store: Store, merchantId: string, ids: string[]): Promise<TrendEvidence[]> {
  if (ids.length === 0) return [];
  const idsOf = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  // An empty IN list is a syntax error; '' is never a row id.
  const orNone = (list: string[]) => (list.length > 0 ? list : ['']);
  const rows = await store.db
    .selectFrom('review')
    .select(['id', 'text', 'platform', 'reviewed_at as at', sql<'review' | 'post'>`'review'`.as('source')])
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', orNone(idsOf('review:')))
    .unionAll(
      store.db
        .selectFrom('social_post')
        .select(['id', 'text', 'platform', 'posted_at as at', sql<'review' | 'post'>`'post'`.as('source')])
        .where('merchant_id', '=', merchantId)
        .where('id', 'in', orNone(idsOf('post:'))),
    )
    .execute();
  const found = new Map(rows.map((row) => [`${row.source}:${row.id}`, row]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
