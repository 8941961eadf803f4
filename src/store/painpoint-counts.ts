import { sql, type ExpressionBuilder } from 'kysely';
import type {
  AspectGroupingCounts,
  ComplaintCell,
  DayComplaintCell,
  EvidenceCandidate,
  MentionCell,
  MonthComplaintCell,
  PainPointCellFilter,
  PainPointComplaintRow,
  PainPointCountDeltas,
  PhrasingCount,
} from '../domain/painpoint-counts.js';
import type { Database } from './schema.js';
import type { Store, TableName } from './store.js';

/**
 * Stored pain-point counts (830_painpoint_counts): added to by each extraction batch in its transaction,
 * summed by the report with GROUP BY. Count rows are never read one by one.
 */

/** Rows per upsert statement: under both databases' parameter caps at ten columns. */
const ROWS_PER_UPSERT = 1000;

/** Adds each row's counts to the stored row with the same key (and keeps the later `latest` day), or stores it. */
export async function addCounts(tx: Store, table: TableName, merchantId: string, keys: string[], counts: string[], rows: Iterable<object>, latest?: string) {
  const all = [...rows].map((row) => ({ merchant_id: merchantId, ...row }));
  const later = tx.dialect === 'postgres' ? 'greatest' : 'max';
  const set = Object.fromEntries(counts.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`]));
  if (latest) set[latest] = sql`${sql.raw(later)}(${sql.ref(`${table}.${latest}`)}, excluded.${sql.ref(latest)})`;
  for (let from = 0; from < all.length; from += ROWS_PER_UPSERT) {
    await tx.db
      .insertInto(table)
      .values(all.slice(from, from + ROWS_PER_UPSERT) as never)
      .onConflict((oc) => oc.columns(['merchant_id', ...keys] as never).doUpdateSet(set as never))
      .execute();
  }
}

/** Applies one batch's count changes and complaint rows (inside the caller's transaction). */
export async function addPainPointCounts(
  tx: Store,
  merchantId: string,
  deltas: PainPointCountDeltas,
  replacedReviewIds: readonly string[],
  complaints: PainPointComplaintRow[],
): Promise<void> {
  const cell = ['product_key', 'platform', 'day'];
  await addCounts(tx, 'painpoint_review_count', merchantId, [...cell, 'complaints'], ['reviews', 'rated', 'rating_sum', 'rating_squares'], deltas.reviews.values());
  await addCounts(tx, 'painpoint_mention_count', merchantId, [...cell, 'aspect_group'], ['mentions', 'negative_mentions'], deltas.mentions.values());
  await addCounts(tx, 'painpoint_review_total', merchantId, ['product_key', 'platform', 'complaints'], ['reviews', 'rated', 'rating_sum', 'rating_squares'], deltas.reviewTotals.values(), 'last_day');
  await addCounts(tx, 'painpoint_mention_total', merchantId, ['product_key', 'platform', 'aspect_group'], ['mentions', 'negative_mentions'], deltas.mentionTotals.values());
  await addCounts(tx, 'painpoint_review_month', merchantId, ['product_key', 'platform', 'month', 'complaints'], ['reviews'], deltas.reviewMonths.values());
  await addCounts(tx, 'painpoint_phrasing_total', merchantId, ['aspect_group', 'phrasing', 'product_key', 'platform'], ['mentions'], deltas.phrasingTotals.values());
  await addCounts(tx, 'painpoint_phrasing_count', merchantId, [...cell, 'aspect_group', 'phrasing'], ['mentions'], deltas.phrasings.values());
  await addCounts(tx, 'painpoint_opinion_count', merchantId, ['aspect_group', 'opinion'], ['mentions'], deltas.opinions.values());
  await addCounts(tx, 'painpoint_named_count', merchantId, ['product_key', 'complains', 'named'], ['reviews'], deltas.named.values());
  if (replacedReviewIds.length > 0) {
    await tx.db.deleteFrom('painpoint_complaint').where('merchant_id', '=', merchantId).where('review_id', 'in', replacedReviewIds).execute();
  }
  await tx.insertMany('painpoint_complaint', complaints.map((row) => ({ merchant_id: merchantId, ...row })), ['merchant_id', 'review_id', 'aspect_group']);
  await addCounts(tx, 'painpoint_count_state', merchantId, [], ['batches'], [{ batches: 1 }]);
}

/** Moves whenever a batch changed the merchant's counts: what caches of learned groups are keyed by. */
export async function painPointCountsVersion(store: Store, merchantId: string): Promise<number> {
  const row = await store.db.selectFrom('painpoint_count_state').select('batches').where('merchant_id', '=', merchantId).executeTakeFirst();
  return row?.batches ?? 0;
}

/** The merchant's learned aspect groups as last stored, with the counts version they were learned at. */
export async function readLearnedGroups(store: Store, merchantId: string): Promise<{ version: number; groups: Record<string, string> } | undefined> {
  const row = await store.db.selectFrom('painpoint_learned_groups').select(['batches', 'groups']).where('merchant_id', '=', merchantId).executeTakeFirst();
  return row && { version: row.batches, groups: JSON.parse(row.groups) as Record<string, string> };
}

/** Stores learned groups unless groups of a later version are stored already (two learners at once). */
export async function saveLearnedGroups(store: Store, merchantId: string, version: number, groups: Record<string, string>): Promise<void> {
  await store.db
    .insertInto('painpoint_learned_groups')
    .values({ merchant_id: merchantId, batches: version, groups: JSON.stringify(groups) })
    .onConflict((oc) =>
      oc
        .column('merchant_id')
        .doUpdateSet({ batches: (eb) => eb.ref('excluded.batches'), groups: (eb) => eb.ref('excluded.groups') })
        .where('painpoint_learned_groups.batches', '<', version),
    )
    .execute();
}

type CellTable = 'painpoint_review_count' | 'painpoint_mention_count' | 'painpoint_phrasing_count' | 'painpoint_complaint' | 'painpoint_mention_total' | 'painpoint_phrasing_total' | 'painpoint_review_month';

/** The filter's conditions on a cell table (merchant first). */
const inCells =
  (merchantId: string, filter: PainPointCellFilter, alias = '') =>
  (eb: ExpressionBuilder<Database, CellTable>) => {
    const ref = (c: string) => sql.ref(alias ? `${alias}.${c}` : c);
    const conditions = [eb(ref('merchant_id') as never, '=', merchantId as never)];
    if (filter.productKeys) conditions.push(filter.productKeys.length === 0 ? sql<boolean>`1 = 0` as never : eb(ref('product_key') as never, 'in', filter.productKeys as never));
    if (filter.excludeProductKeys && filter.excludeProductKeys.length > 0) {
      conditions.push(eb(ref('product_key') as never, 'not in', filter.excludeProductKeys as never));
    }
    if (filter.platform !== undefined) conditions.push(eb(ref('platform') as never, '=', filter.platform as never));
    if (filter.sinceDay !== undefined) conditions.push(eb(ref('day') as never, '>=', filter.sinceDay as never));
    return eb.and(conditions);
  };

const n = (x: number | string | bigint | null) => Number(x ?? 0);

/** Reviews per (product, platform, set of complained groups) in the filter, with ratings and last day. */
export async function listComplaintCells(store: Store, merchantId: string, filter: PainPointCellFilter): Promise<ComplaintCell[]> {
  if (filter.sinceDay === undefined) {
    // All days: the totals hold one row per (product, platform, set) already.
    const totals = await store.db
      .selectFrom('painpoint_review_total')
      .where(inCells(merchantId, filter) as never)
      .where('reviews', '>', 0)
      .select(['product_key', 'platform', 'complaints', 'reviews', 'rated', 'rating_sum', 'rating_squares', 'last_day'])
      .execute();
    return totals.map((r) => ({
      productKey: r.product_key, platform: r.platform, complaints: r.complaints,
      reviews: n(r.reviews), rated: n(r.rated), ratingSum: n(r.rating_sum), ratingSquares: n(r.rating_squares), lastDay: r.last_day,
    }));
  }
  const rows = await store.db
    .selectFrom('painpoint_review_count')
    .where(inCells(merchantId, filter))
    .where('reviews', '>', 0)
    .select(['product_key', 'platform', 'complaints'])
    .select((eb) => [
      eb.fn.sum<number>('reviews').as('reviews'),
      eb.fn.sum<number>('rated').as('rated'),
      eb.fn.sum<number>('rating_sum').as('rating_sum'),
      eb.fn.sum<number>('rating_squares').as('rating_squares'),
      eb.fn.max('day').as('last_day'),
    ])
    .groupBy(['product_key', 'platform', 'complaints'])
    .execute();
  return rows.map((r) => ({
    productKey: r.product_key, platform: r.platform, complaints: r.complaints,
    reviews: n(r.reviews), rated: n(r.rated), ratingSum: n(r.rating_sum), ratingSquares: n(r.rating_squares), lastDay: r.last_day,
  }));
}

/** The same per day, for days after `afterDay`: the growth windows' input. */
export async function listDayComplaintCells(store: Store, merchantId: string, filter: PainPointCellFilter, afterDay: string): Promise<DayComplaintCell[]> {
  const rows = await store.db
    .selectFrom('painpoint_review_count')
    .where(inCells(merchantId, filter))
    .where('day', '>', afterDay)
    .where('reviews', '>', 0)
    .select(['product_key', 'platform', 'day', 'complaints'])
    .select((eb) => eb.fn.sum<number>('reviews').as('reviews'))
    .groupBy(['product_key', 'platform', 'day', 'complaints'])
    .execute();
  return rows.map((r) => ({ productKey: r.product_key, platform: r.platform, day: r.day, complaints: r.complaints, reviews: n(r.reviews) }));
}

/** Reviews per month and set of complained groups in the filter: the trend charts' input. */
export async function listMonthComplaintCells(store: Store, merchantId: string, filter: PainPointCellFilter): Promise<MonthComplaintCell[]> {
  if (filter.sinceDay === undefined) {
    const months = await store.db
      .selectFrom('painpoint_review_month')
      .where(inCells(merchantId, filter) as never)
      .where('reviews', '>', 0)
      .select(['month', 'complaints'])
      .select((eb) => eb.fn.sum<number>('reviews').as('reviews'))
      .groupBy(['month', 'complaints'])
      .execute();
    return months.map((r) => ({ month: r.month, complaints: r.complaints, reviews: n(r.reviews) }));
  }
  const month = sql<string>`substr(day, 1, 7)`;
  const rows = await store.db
    .selectFrom('painpoint_review_count')
    .where(inCells(merchantId, filter))
    .where('reviews', '>', 0)
    .select([month.as('month'), 'complaints'])
    .select((eb) => eb.fn.sum<number>('reviews').as('reviews'))
    .groupBy([month, 'complaints'])
    .execute();
  return rows.map((r) => ({ month: r.month, complaints: r.complaints, reviews: n(r.reviews) }));
}

/** Mentions and negative mentions per (product, platform, committed group) in the filter. */
export async function listMentionCells(store: Store, merchantId: string, filter: PainPointCellFilter): Promise<MentionCell[]> {
  const rows = await store.db
    .selectFrom(filter.sinceDay === undefined ? 'painpoint_mention_total' : 'painpoint_mention_count')
    .where(inCells(merchantId, filter))
    .where('mentions', '>', 0)
    .select(['product_key', 'platform', 'aspect_group'])
    .select((eb) => [eb.fn.sum<number>('mentions').as('mentions'), eb.fn.sum<number>('negative_mentions').as('negative_mentions')])
    .groupBy(['product_key', 'platform', 'aspect_group'])
    .execute();
  return rows.map((r) => ({
    productKey: r.product_key, platform: r.platform, aspectGroup: r.aspect_group, mentions: n(r.mentions), negativeMentions: n(r.negative_mentions),
  }));
}

/** Negative mentions per phrasing of the given committed groups in the filter. */
export async function listPhrasingCounts(store: Store, merchantId: string, filter: PainPointCellFilter, groups: readonly string[]): Promise<PhrasingCount[]> {
  if (groups.length === 0) return [];
  const rows = await store.db
    .selectFrom(filter.sinceDay === undefined ? 'painpoint_phrasing_total' : 'painpoint_phrasing_count')
    .where(inCells(merchantId, filter))
    .where('aspect_group', 'in', groups)
    .where('mentions', '>', 0)
    .select(['aspect_group', 'phrasing'])
    .select((eb) => eb.fn.sum<number>('mentions').as('mentions'))
    .groupBy(['aspect_group', 'phrasing'])
    .execute();
  return rows.map((r) => ({ aspectGroup: r.aspect_group, phrasing: r.phrasing, mentions: n(r.mentions) }));
}

export interface EvidenceRequest {
  filter: PainPointCellFilter;
  groups: readonly string[];
  /** Words a quote should say (the card's name, then its phrasings): reviews saying the name come first, then a phrasing. */
  says: readonly string[];
  offset: number;
  limit: number;
}

/** Parts of one UNION ALL: under SQLite's cap of 500 compound terms. */
const REQUESTS_PER_QUERY = 200;

/**
 * For each request, reviews complaining about any of its groups in its filter, in evidence order (saying
 * its first word, then another of its words, as `sayingTier` ranks them; then lowest rating, informative,
 * shortest, id as stored),
 * `limit` from `offset`: painpoint_complaint's evidence indexes give the rows of the groups in that order
 * after the words. Many requests go to the database as one statement.
 */
export async function listEvidenceCandidates(store: Store, merchantId: string, requests: readonly EvidenceRequest[]): Promise<EvidenceCandidate[][]> {
  const found: EvidenceCandidate[][] = requests.map(() => []);
  // Ids compare byte by byte, as JavaScript compares them, whatever the database's collation.
  const id = store.dialect === 'postgres' ? sql`c.review_id collate "C"` : sql`c.review_id`;
  // 0 when the review's text contains the first word as written (JavaScript's `includes`), 1 another, else 2.
  const silent = (says: readonly string[]) => {
    if (says.length === 0) return sql<number>`2`;
    const found = (w: string) => (store.dialect === 'postgres' ? sql`strpos(r.text, ${w}) > 0` : sql`instr(r.text, ${w}) > 0`);
    const others = says.length > 1 ? sql`when ${sql.join(says.slice(1).map(found), sql` or `)} then 1 ` : sql``;
    return sql<number>`case when ${found(says[0])} then 0 ${others}else 2 end`;
  };
  const part = ({ filter, groups, says, offset, limit }: EvidenceRequest, k: number) =>
    store.db
      .selectFrom((db) =>
        db
          .selectFrom('painpoint_complaint as c')
          .innerJoin('review as r', (j) => j.onRef('r.merchant_id', '=', 'c.merchant_id').onRef('r.id', '=', 'c.review_id'))
          .where((eb) => inCells(merchantId, filter, 'c')(eb as never))
          .where('c.aspect_group', 'in', groups)
          .select(['c.review_id', 'r.text', 'c.evidence_rating', 'c.short', 'c.text_length', silent(says).as('silent')])
          .orderBy('silent')
          .orderBy('c.evidence_rating')
          .orderBy('c.short')
          .orderBy('c.text_length')
          .orderBy(id)
          .limit(limit)
          .offset(offset)
          .as('e'),
      )
      .select([sql.lit(k).as('k'), 'e.review_id', 'e.text', 'e.silent', 'e.evidence_rating', 'e.short', 'e.text_length']);
  for (let from = 0; from < requests.length; from += REQUESTS_PER_QUERY) {
    const parts = requests.slice(from, from + REQUESTS_PER_QUERY).map((request, i) => part(request, from + i));
    const query = parts.slice(1).reduce((all, next) => all.unionAll(next), parts[0]);
    const rows = await query.execute();
    // A union promises no order: each request's rows are put back in evidence order here.
    rows.sort(
      (a, b) =>
        Number(a.k) - Number(b.k) || Number(a.silent) - Number(b.silent) || a.evidence_rating - b.evidence_rating || a.short - b.short || a.text_length - b.text_length ||
        (a.review_id < b.review_id ? -1 : a.review_id > b.review_id ? 1 : 0),
    );
    for (const row of rows) found[Number(row.k)].push({ reviewId: row.review_id, text: row.text });
  }
  return found;
}

/** What learning the merchant's aspect groups reads: opinions per committed group, reviews per named set. */
export async function listGroupingCounts(store: Store, merchantId: string): Promise<AspectGroupingCounts> {
  const opinions = await store.db
    .selectFrom('painpoint_opinion_count')
    .select(['aspect_group', 'opinion', 'mentions'])
    .where('merchant_id', '=', merchantId)
    .where('mentions', '>', 0)
    .execute();
  const named = await store.db
    .selectFrom('painpoint_named_count')
    .select(['product_key', 'complains', 'named', 'reviews'])
    .where('merchant_id', '=', merchantId)
    .where('reviews', '>', 0)
    .execute();
  return {
    opinions: opinions.map((o) => ({ aspectGroup: o.aspect_group, opinion: o.opinion, mentions: n(o.mentions) })),
    named: named.map((r) => ({ productKey: r.product_key, complains: n(r.complains) === 1, groups: r.named.split('|'), reviews: n(r.reviews) })),
  };
}

/** The merchant's products as the report names and splits them. */
export async function listReportProducts(store: Store, merchantId: string) {
  return store.db.selectFrom('product').select(['id', 'name', 'category', 'brand', 'owner']).where('merchant_id', '=', merchantId).execute();
}
