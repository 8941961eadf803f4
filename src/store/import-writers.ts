import { sql } from 'kysely';
import type { ImportedOrder, ImportedRecord, ImportKind, ImportReject } from '../domain/imports.js';
import { ORDER_STATUSES, orderStatusOfLines, type Buyer, type KeywordVolume, type Product, type Review, type SocialPost } from '../domain/types.js';
import type { Store } from './store.js';

/** Writes of an import: each kind's records, batch by batch with the job's progress, on a connection set for bulk writing. */

/**
 * SQLite's default 2 MB page cache spills a batch's dirty key-index pages to the WAL before the
 * commit, writing the same pages again and again; while importing, the connection keeps 64 MB.
 */
const SQLITE_IMPORT_CACHE_KIB = 64 * 1024;
/**
 * WAL pages (4 KiB) before SQLite copies them into the database. At the default 1,000, every
 * 10,000-row commit also checkpointed and waited for two fsyncs; while importing it checkpoints
 * every ~64 MB, so the copying is the same and the waiting a twentieth.
 */
const SQLITE_IMPORT_CHECKPOINT_PAGES = 16_384;

/** Runs `work` with the SQLite connection set for bulk writing, and puts the settings back. */
export async function withImportSettings<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'sqlite') return work();
  const setting = async (name: string) => Number((await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(store.db)).rows[0][name]);
  const cacheSize = await setting('cache_size');
  const checkpointPages = await setting('wal_autocheckpoint');
  await sql.raw(`pragma cache_size = -${SQLITE_IMPORT_CACHE_KIB}`).execute(store.db);
  await sql.raw(`pragma wal_autocheckpoint = ${SQLITE_IMPORT_CHECKPOINT_PAGES}`).execute(store.db);
  try {
    return await work();
  } finally {
    await sql.raw(`pragma cache_size = ${cacheSize}`).execute(store.db);
    await sql.raw(`pragma wal_autocheckpoint = ${checkpointPages}`).execute(store.db);
  }
}

/** A file with millions of bad rows needs a sample of rejects to fix its export, not all of them. */
export const REJECTS_STORED = 10_000;

/** Writes one kind's records; returns how many were new. Runs inside the batch's transaction. */
type RecordWriter<K extends ImportKind> = (tx: Store, merchantId: string, records: ImportedRecord<K>[]) => Promise<number>;

const writeReviews: RecordWriter<'reviews'> = (tx, m, records) =>
  tx.insertMany('review', records.map((r: Review) => ({
    merchant_id: m, id: r.id, platform: r.platform, product_id: r.productId, rating: r.rating, text: r.text,
    language: r.language, reviewed_at: r.reviewedAt, helpful_votes: r.helpfulVotes, author: r.author,
  })), ['merchant_id', 'id']);

const writePosts: RecordWriter<'posts'> = (tx, m, records) =>
  tx.insertMany('social_post', records.map((p: SocialPost) => ({
    merchant_id: m, id: p.id, platform: p.platform, author: p.author, text: p.text, likes: p.likes,
    comments: p.comments, shares: p.shares, posted_at: p.postedAt, url: p.url,
  })), ['merchant_id', 'id']);

const writeProducts: RecordWriter<'products'> = (tx, m, records) =>
  tx.insertMany('product', records.map((p: Product) => ({
    merchant_id: m, id: p.id, sku: p.sku, name: p.name, category: p.category, price: p.price, unit_cost: p.unitCost,
    attributes: JSON.stringify(p.attributes), owner: p.owner, brand: p.brand, platform: p.platform,
  })), ['merchant_id', 'id']);

/**
 * Buyers may already exist, created from their orders with only an id: a buyers file then fills in
 * what it knows (name, region, channel, an earlier first purchase) without counting them as new.
 */
const writeBuyers: RecordWriter<'buyers'> = async (tx, m, records) => {
  const landed = await tx.insertMany('buyer', records.map((b: Buyer) => ({
    merchant_id: m, id: b.id, name: b.name, region: b.region, channel: b.channel, first_seen_at: b.firstSeenAt,
  })), ['merchant_id', 'id']);
  if (landed === records.length) return landed;
  for (const b of records) {
    await tx.db
      .updateTable('buyer')
      .set((eb) => ({
        name: eb.fn.coalesce(eb.val(b.name), 'name'),
        region: eb.fn.coalesce(eb.val(b.region), 'region'),
        channel: eb.fn.coalesce(eb.val(b.channel), 'channel'),
        first_seen_at: b.firstSeenAt === null
          ? eb.ref('first_seen_at')
          : eb.case().when('first_seen_at', 'is', null).then(b.firstSeenAt).when('first_seen_at', '>', b.firstSeenAt).then(b.firstSeenAt).else(eb.ref('first_seen_at')).end(),
      }))
      .where('merchant_id', '=', m)
      .where('id', '=', b.id)
      .execute();
  }
  return landed;
};

const writeKeywords: RecordWriter<'keywords'> = (tx, m, records) =>
  tx.insertMany('keyword_volume', records.map((k: KeywordVolume) => ({
    merchant_id: m, keyword: k.keyword, platform: k.platform, bucket: k.bucket, bucket_start: k.bucketStart, volume: k.volume,
  })), ['merchant_id', 'keyword', 'platform', 'bucket', 'bucket_start']);

type Outcome = Pick<ImportedOrder, 'status' | 'refundAmount' | 'returnReason' | 'statusSaid'>;

/** Each order's status, refund and reason from its lines in the batch (a refund per line adds up). */
function orderOutcomes(records: readonly ImportedOrder[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const o of records) {
    const seen = outcomes.get(o.id);
    if (!seen) {
      outcomes.set(o.id, { status: o.status, refundAmount: o.refundAmount, returnReason: o.returnReason, statusSaid: o.statusSaid });
      continue;
    }
    seen.status = orderStatusOfLines(seen.status, o.status);
    seen.refundAmount += o.refundAmount;
    seen.returnReason ??= o.returnReason;
    seen.statusSaid ||= o.statusSaid;
  }
  return outcomes;
}

/**
 * A later export says what became of orders stored earlier (等待买家付款 → 交易成功, or a refund):
 * their status, refund and reason follow the newest file. One statement per status; refunds one by
 * one, since they are few.
 */
async function updateOutcomes(tx: Store, m: string, outcomes: Map<string, Outcome>): Promise<void> {
  for (const status of ORDER_STATUSES) {
    const ids: string[] = [];
    for (const [id, o] of outcomes) if (o.statusSaid && o.status === status) ids.push(id);
    if (ids.length === 0) continue;
    await tx.db.updateTable('sales_order').set({ status }).where('merchant_id', '=', m).where('id', 'in', ids).where('status', '<>', status).execute();
  }
  for (const [id, o] of outcomes) {
    if (!o.statusSaid || (o.refundAmount === 0 && o.returnReason === null)) continue;
    // A file that gives no reason (the 宝贝报表) keeps the one stored from another (the 订单报表's 订单关闭原因).
    await tx.db.updateTable('sales_order').set({ refund_amount: o.refundAmount, return_reason: o.returnReason ?? sql<string | null>`return_reason` })
      .where('merchant_id', '=', m).where('id', '=', id).execute();
  }
}

/** Buyers an order is stored without ('': a 宝贝报表 came before its 订单报表); the order export names them later. */
const NO_BUYER = '';

/** Orders stored without a buyer get the one this batch names (the 订单报表 after its 宝贝报表). */
async function nameBuyers(tx: Store, m: string, named: ImportedOrder[]): Promise<void> {
  if (named.length === 0) return;
  const ids = [...new Set(named.map((o) => o.id))];
  const waiting = await tx.db.selectFrom('sales_order').select('id').where('merchant_id', '=', m).where('id', 'in', ids).where('buyer_id', '=', NO_BUYER).execute();
  if (waiting.length === 0) return;
  const byId = new Map(named.map((o) => [o.id, o] as const));
  for (const { id } of waiting) {
    const o = byId.get(id)!;
    await tx.db.updateTable('sales_order').set({ buyer_id: o.buyerId, region: o.region, ordered_at: o.orderedAt })
      .where('merchant_id', '=', m).where('id', '=', id).execute();
  }
}

/**
 * A whole-order row (line 0) stands for its order's goods only until the order's real lines (1, 2, …) are
 * stored: the line 0 of an order whose lines are stored, or come in this batch, is not written.
 */
async function linesToWrite(tx: Store, m: string, records: ImportedOrder[]): Promise<ImportedOrder[]> {
  const wholeOrders = records.filter((o) => o.lines[0].lineNo === 0);
  if (wholeOrders.length === 0) return records;
  const itemised = new Set(records.filter((o) => o.lines[0].lineNo > 0).map((o) => o.id));
  const stored = await tx.db.selectFrom('order_line').select('order_id').distinct()
    .where('merchant_id', '=', m).where('order_id', 'in', [...new Set(wholeOrders.map((o) => o.id))]).where('line_no', '>', 0).execute();
  for (const { order_id } of stored) itemised.add(order_id);
  return records.filter((o) => o.lines[0].lineNo > 0 || !itemised.has(o.id));
}

/**
 * Each record is one order line. The order and its buyer are created on first sight; then the
 * order's total is the sum of its stored lines and the buyer's first purchase is their earliest
 * order, so lines arriving in later batches or files keep both right. An order's real lines replace
 * the line 0 a whole-order export gave it.
 */
const writeOrders: RecordWriter<'orders'> = async (tx, m, records) => {
  const named = records.filter((o) => o.buyerId !== NO_BUYER);
  await tx.insertMany('buyer', named.map((o) => ({
    merchant_id: m, id: o.buyerId, name: null, region: o.region, channel: o.channel, first_seen_at: o.orderedAt,
  })), ['merchant_id', 'id']);
  const outcomes = orderOutcomes(records);
  await tx.insertMany('sales_order', records.map((o) => {
    const outcome = outcomes.get(o.id)!;
    return {
      merchant_id: m, id: o.id, buyer_id: o.buyerId, ordered_at: o.orderedAt, region: o.region, channel: o.channel, total_amount: 0,
      status: outcome.status, refund_amount: outcome.refundAmount, return_reason: outcome.returnReason,
    };
  }), ['merchant_id', 'id']);
  await nameBuyers(tx, m, named);
  await updateOutcomes(tx, m, outcomes);
  const landed = await tx.insertMany('order_line', (await linesToWrite(tx, m, records)).flatMap((o) => o.lines.map((l) => ({
    merchant_id: m, order_id: o.id, line_no: l.lineNo, product_id: l.productId, sku: l.sku,
    quantity: l.quantity, unit_price: l.unitPrice, amount: l.amount,
  }))), ['merchant_id', 'order_id', 'line_no']);
  if (landed === 0) return 0;
  const itemised = [...new Set(records.filter((o) => o.lines[0].lineNo > 0).map((o) => o.id))];
  if (itemised.length > 0) {
    await tx.db.deleteFrom('order_line').where('merchant_id', '=', m).where('order_id', 'in', itemised).where('line_no', '=', 0).execute();
  }
  const orderIds = [...new Set(records.map((o) => o.id))];
  const buyerIds = [...new Set(named.map((o) => o.buyerId))];
  const earliestOrder = sql<string>`(select min(o.ordered_at) from sales_order o where o.merchant_id = ${m} and o.buyer_id = buyer.id)`;
  await tx.db
    .updateTable('sales_order')
    .set({
      total_amount: sql<number>`(select coalesce(sum(l.amount), 0) from order_line l where l.merchant_id = ${m} and l.order_id = sales_order.id)`,
    })
    .where('merchant_id', '=', m)
    .where('id', 'in', orderIds)
    .execute();
  if (buyerIds.length === 0) return landed;
  await tx.db
    .updateTable('buyer')
    .set({ first_seen_at: earliestOrder })
    .where('merchant_id', '=', m)
    .where('id', 'in', buyerIds)
    .where((eb) => eb.or([eb('first_seen_at', 'is', null), eb('first_seen_at', '>', earliestOrder)]))
    .execute();
  return landed;
};

const writers: { [K in ImportKind]: RecordWriter<K> } = {
  reviews: writeReviews,
  posts: writePosts,
  products: writeProducts,
  buyers: writeBuyers,
  keywords: writeKeywords,
  orders: writeOrders,
};

/**
 * One batch lands with the job's progress in one transaction: after a crash, the job says exactly
 * where to resume. Returns how many records were new.
 */
export function commitImportBatch<K extends ImportKind>(
  store: Store,
  merchantId: string,
  jobId: string,
  kind: K,
  records: ImportedRecord<K>[],
  rejects: ImportReject[],
  throughRow: number,
): Promise<number> {
  const write = writers[kind] as RecordWriter<K>;
  return store.transaction(async (tx) => {
    const landed = records.length > 0 ? await write(tx, merchantId, records) : 0;
    const job = await tx.db
      .selectFrom('import_job')
      .select('rows_rejected')
      .where('merchant_id', '=', merchantId)
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    const room = Math.max(0, REJECTS_STORED - job.rows_rejected);
    if (room > 0 && rejects.length > 0) {
      await tx.insertMany('import_reject', rejects.slice(0, room).map((r) => ({ merchant_id: merchantId, job_id: jobId, ...r })), [
        'merchant_id', 'job_id', 'row', 'field',
      ]);
    }
    await tx.db
      .updateTable('import_job')
      .set((eb) => ({
        rows_committed: throughRow,
        rows_landed: eb('rows_landed', '+', landed),
        rows_duplicate: eb('rows_duplicate', '+', records.length - landed),
        rows_rejected: eb('rows_rejected', '+', new Set(rejects.map((r) => r.row)).size),
        updated_at: new Date().toISOString(),
      }))
      .where('merchant_id', '=', merchantId)
      .where('id', '=', jobId)
      .execute();
    return landed;
  });
}
