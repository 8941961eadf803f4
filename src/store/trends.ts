import { sql } from 'kysely';
import { SALES_STATUSES } from '../domain/types.js';
import type { RisingItem, SeriesKind, TrendAlert, TrendEvidence, TrendSignal } from '../domain/trends.js';
import type { Store } from './store.js';

/** Queries of the trend radar: rows per source table, stored alerts, evidence texts. */

/** The tables the radar reads (reviews once analysed: review_extraction counts them). */
export type TrendSourceTable = 'review_extraction' | 'social_post' | 'keyword_volume' | 'sales_order';

/** An alert as stored: its figures without what is computed on reading (Sen's slope, folded words). */
export type StoredTrendAlert = Omit<TrendAlert, 'senSlope' | 'related'>;

/** Rows of a source table; orders only when they are sales, so an unpaid order that a later export shows paid is noticed. */
export async function countSourceRows(store: Store, merchantId: string, table: TrendSourceTable): Promise<number> {
  let query = store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('rows'))
    .where('merchant_id', '=', merchantId);
  if (table === 'sales_order') query = query.where(sql.ref('status'), 'in', SALES_STATUSES);
  const row = await query.executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string.
  return Number(row.rows);
}

/** Upserts the items a scan flagged on `asOf`: a new one gets its first date, a known one new figures. */
export async function saveTrendAlerts(
  store: Store,
  merchantId: string,
  windowDays: number,
  asOf: string,
  rising: (RisingItem & Pick<TrendSignal, 'recent' | 'baseline' | 'sparkline' | 'evidence'>)[],
): Promise<void> {
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (const item of rising) {
      const figures = {
        last_alerted_on: asOf,
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
        .values({ merchant_id: merchantId, kind: item.kind, key: item.key, window_days: windowDays, first_alerted_on: asOf, ...figures })
        .onConflict((conflict) => conflict.columns(['merchant_id', 'kind', 'key', 'window_days']).doUpdateSet(figures))
        .execute();
    }
  });
}

/** Stored alerts (of one window, or all), most recently flagged first. */
export async function listTrendAlerts(store: Store, merchantId: string, windowDays: number | undefined, limit: number): Promise<StoredTrendAlert[]> {
  let query = store.db.selectFrom('trend_alert').selectAll().where('merchant_id', '=', merchantId);
  if (windowDays !== undefined) query = query.where('window_days', '=', windowDays);
  const rows = await query
    .orderBy('last_alerted_on', 'desc')
    .orderBy('q_value')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
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
    sparkline: JSON.parse(row.sparkline) as number[],
    evidence: JSON.parse(row.evidence) as string[],
  }));
}

/** Texts of evidence ids ("review:…", "post:…"), in the order given. */
export async function listEvidence(store: Store, merchantId: string, ids: string[]): Promise<TrendEvidence[]> {
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
