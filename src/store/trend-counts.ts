import { sql } from 'kysely';
import { SALES_STATUSES } from '../domain/types.js';
import type { SeriesKind, TrendCountDeltas, TrendEvidenceEntry, TrendSeriesFacts } from '../domain/trends.js';
import type { Store } from './store.js';

/**
 * Stored trend counts (930_trend_counts): added to by each extraction batch and each batch of posts in its
 * transaction; the radar is built from sums per bucket of its window (GROUP BY), never from rows one by one.
 */

/** Rows per upsert statement: under both databases' parameter caps. */
const ROWS_PER_UPSERT = 1000;
/** Keys per IN list. */
const KEYS_PER_QUERY = 500;

const n = (x: number | string | bigint | null | undefined) => Number(x ?? 0);

/**
 * The newest evidence and first day stored for each of `series` that has a row ("kind\0key" → facts); with
 * `lock`, held for the caller's transaction on PostgreSQL.
 */
export async function listSeriesFacts(
  tx: Store,
  merchantId: string,
  series: readonly Pick<TrendSeriesFacts, 'kind' | 'key'>[],
  lock = false,
): Promise<Map<string, TrendSeriesFacts>> {
  const found = new Map<string, TrendSeriesFacts>();
  const keysByKind = new Map<SeriesKind, string[]>();
  for (const { kind, key } of series) {
    const keys = keysByKind.get(kind);
    if (keys) keys.push(key);
    else keysByKind.set(kind, [key]);
  }
  for (const [kind, keys] of keysByKind) {
    for (let from = 0; from < keys.length; from += KEYS_PER_QUERY) {
      let query = tx.db
        .selectFrom('trend_series')
        .select(['kind', 'key', 'first_day', 'evidence'])
        .where('merchant_id', '=', merchantId)
        .where('kind', '=', kind)
        .where('key', 'in', keys.slice(from, from + KEYS_PER_QUERY));
      // Two batches of one merchant at once: the second waits, then merges into the first's evidence.
      if (lock && tx.dialect === 'postgres') query = query.forUpdate();
      for (const row of await query.execute()) {
        found.set(`${row.kind}\u0000${row.key}`, {
          kind: row.kind as SeriesKind, key: row.key, firstDay: row.first_day, evidence: JSON.parse(row.evidence) as TrendEvidenceEntry[],
        });
      }
    }
  }
  return found;
}

/** Adds a batch's day counts, stores its series (first day, merged evidence) and moves the merchant's count state. */
export async function addTrendCounts(tx: Store, merchantId: string, deltas: TrendCountDeltas, series: readonly TrendSeriesFacts[]): Promise<void> {
  const counts = deltas.counts.map((c) => ({ merchant_id: merchantId, kind: c.kind, key: c.key, day: c.day, weight: c.weight }));
  for (let from = 0; from < counts.length; from += ROWS_PER_UPSERT) {
    await tx.db
      .insertInto('trend_count')
      .values(counts.slice(from, from + ROWS_PER_UPSERT))
      .onConflict((oc) => oc.columns(['merchant_id', 'kind', 'key', 'day']).doUpdateSet({ weight: sql`trend_count.weight + excluded.weight` }))
      .execute();
  }
  const earlier = tx.dialect === 'postgres' ? sql.raw('least') : sql.raw('min');
  const later = tx.dialect === 'postgres' ? sql.raw('greatest') : sql.raw('max');
  const rows = series.map((s) => ({ merchant_id: merchantId, kind: s.kind, key: s.key, first_day: s.firstDay, evidence: JSON.stringify(s.evidence) }));
  for (let from = 0; from < rows.length; from += ROWS_PER_UPSERT) {
    await tx.db
      .insertInto('trend_series')
      .values(rows.slice(from, from + ROWS_PER_UPSERT))
      .onConflict((oc) =>
        oc.columns(['merchant_id', 'kind', 'key']).doUpdateSet({
          first_day: sql`${earlier}(trend_series.first_day, excluded.first_day)`,
          evidence: sql`excluded.evidence`,
        }),
      )
      .execute();
  }
  const counted = deltas.reviews + deltas.posts > 0;
  await tx.db
    .insertInto('trend_count_state')
    .values({
      merchant_id: merchantId, batches: 1, reviews: deltas.reviews, posts: deltas.posts,
      // A batch of re-extractions alone spans no new days: the state keeps its own.
      first_day: counted ? deltas.firstDay : 2 ** 31 - 1, last_day: counted ? deltas.lastDay : -(2 ** 31 - 1),
    })
    .onConflict((oc) =>
      oc.columns(['merchant_id']).doUpdateSet({
        batches: sql`trend_count_state.batches + 1`,
        reviews: sql`trend_count_state.reviews + excluded.reviews`,
        posts: sql`trend_count_state.posts + excluded.posts`,
        first_day: sql`${earlier}(trend_count_state.first_day, excluded.first_day)`,
        last_day: sql`${later}(trend_count_state.last_day, excluded.last_day)`,
      }),
    )
    .execute();
}

export interface TrendCountState {
  /** Moves with every batch: what a built radar is kept under. */
  batches: number;
  reviews: number;
  posts: number;
  firstDay: number;
  lastDay: number;
}

export async function trendCountState(store: Store, merchantId: string): Promise<TrendCountState | null> {
  const row = await store.db.selectFrom('trend_count_state').selectAll().where('merchant_id', '=', merchantId).executeTakeFirst();
  if (!row || row.reviews + row.posts === 0) return null;
  return { batches: row.batches, reviews: row.reviews, posts: row.posts, firstDay: row.first_day, lastDay: row.last_day };
}

/** Every series reviews and posts fed, with its first day. */
export async function listTrendSeries(store: Store, merchantId: string): Promise<{ kind: SeriesKind; key: string; firstDay: number }[]> {
  const rows = await store.db.selectFrom('trend_series').select(['kind', 'key', 'first_day']).where('merchant_id', '=', merchantId).execute();
  return rows.map((r) => ({ kind: r.kind as SeriesKind, key: r.key, firstDay: r.first_day }));
}

/**
 * Weight per (kind, key, bucket) over days `fromDay`..`toDay`, in buckets of `bucketDays` counted from
 * `fromDay` (bucket 0 starts there): a range of the day index, summed by the database.
 */
export async function listTrendBuckets(
  store: Store,
  merchantId: string,
  fromDay: number,
  toDay: number,
  bucketDays: number,
): Promise<{ kind: string; key: string; bucket: number; weight: number }[]> {
  // Whole numbers on both databases: (day - from) is never negative here, so division truncates to the bucket.
  // Written as literals (integers we computed), so PostgreSQL sees the same expression in SELECT and GROUP BY.
  const bucket = sql<number>`(day - ${sql.lit(Math.trunc(fromDay))}) / ${sql.lit(Math.trunc(bucketDays))}`;
  const rows = await store.db
    .selectFrom('trend_count')
    .select(['kind', 'key', bucket.as('bucket')])
    .select((eb) => eb.fn.sum<number>('weight').as('weight'))
    .where('merchant_id', '=', merchantId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .groupBy(['kind', 'key', bucket])
    .execute();
  return rows.map((r) => ({ kind: r.kind, key: r.key, bucket: n(r.bucket), weight: n(r.weight) }));
}

/** Units sold per product (its name, else the line's SKU, else its id) and UTC day (YYYY-MM-DD), of sales only. */
export async function listSalesPerDay(store: Store, merchantId: string): Promise<{ product: string; day: string; quantity: number }[]> {
  const product = sql<string | null>`coalesce(p.name, l.sku, l.product_id)`;
  const day = sql<string>`substr(o.ordered_at, 1, 10)`;
  const rows = await store.db
    .selectFrom('order_line as l')
    .innerJoin('sales_order as o', (j) => j.onRef('o.merchant_id', '=', 'l.merchant_id').onRef('o.id', '=', 'l.order_id'))
    .leftJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'l.merchant_id').onRef('p.id', '=', 'l.product_id'))
    .where('l.merchant_id', '=', merchantId)
    .where('o.status', 'in', SALES_STATUSES)
    .select([product.as('product'), day.as('day')])
    .select((eb) => eb.fn.sum<number>('l.quantity').as('quantity'))
    .groupBy([product, day])
    .execute();
  return rows.flatMap((r) => (r.product ? [{ product: r.product, day: r.day, quantity: n(r.quantity) }] : []));
}

/** Posts whose words are not counted yet, oldest first: a range of the partial index over them. */
export async function listPostsToCount(store: Store, merchantId: string, limit: number) {
  return store.db
    .selectFrom('social_post')
    .select(['id', 'text', 'platform', 'posted_at', 'likes', 'comments', 'shares'])
    .where('merchant_id', '=', merchantId)
    // A literal, not a parameter: the planner matches it against the partial index's condition.
    .where(sql<boolean>`trend_pending = 1`)
    .orderBy('posted_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Takes the posts still waiting among `ids` for this transaction and clears their mark; returns them. */
export async function claimPostsToCount(tx: Store, merchantId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.db
    .updateTable('social_post')
    .set({ trend_pending: 0 })
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', ids)
    .where('trend_pending', '=', 1)
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Products' names and categories by id, for the reviews of a batch. */
export async function listProductListings(tx: Store, merchantId: string, ids: readonly string[]): Promise<Map<string, { name: string; category: string | null }>> {
  const found = new Map<string, { name: string; category: string | null }>();
  for (let from = 0; from < ids.length; from += KEYS_PER_QUERY) {
    const rows = await tx.db
      .selectFrom('product')
      .select(['id', 'name', 'category'])
      .where('merchant_id', '=', merchantId)
      .where('id', 'in', ids.slice(from, from + KEYS_PER_QUERY))
      .execute();
    for (const row of rows) found.set(row.id, { name: row.name, category: row.category });
  }
  return found;
}
