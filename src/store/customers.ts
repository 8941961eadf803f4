import { sql } from 'kysely';
import { SALES_STATUSES } from '../domain/types.js';
import type { Store } from './store.js';

/**
 * Queries of the customer analyses. Only sales count (paid and partly refunded orders); a partly
 * refunded order's total is what the shop kept. Days are the UTC date of the stored ISO time, as
 * `dayNumber` reads it. The models read one summary per buyer, summed here by the database, so a
 * merchant with a million orders hands over one row per buyer, not one per order line.
 */

const saleDay = sql<string>`substr(sales_order.ordered_at, 1, 10)`;
const kept = sql<number>`sales_order.total_amount - sales_order.refund_amount`;

/** Orders with their buyer and total, oldest first. */
export async function listOrderTotals(store: Store, merchantId: string) {
  return store.db
    .selectFrom('sales_order')
    .select(['id', 'buyer_id', 'ordered_at', kept.as('total_amount')])
    .where('merchant_id', '=', merchantId)
    .where('status', 'in', SALES_STATUSES)
    // An order whose buyer no export has named yet (its 宝贝报表 came before its 订单报表) is nobody's purchase.
    .where('buyer_id', '<>', '')
    .orderBy('ordered_at')
    .orderBy('id')
    .execute();
}

/** Every order line with its product's name and attributes (null when the product is not in the catalogue). */
export async function listOrderLineProducts(store: Store, merchantId: string) {
  return store.db
    .selectFrom('order_line')
    .innerJoin('sales_order', (join) =>
      join.onRef('sales_order.merchant_id', '=', 'order_line.merchant_id').onRef('sales_order.id', '=', 'order_line.order_id'),
    )
    .leftJoin('product', (join) =>
      join.onRef('product.merchant_id', '=', 'order_line.merchant_id').onRef('product.id', '=', 'order_line.product_id'),
    )
    .select(['order_line.order_id', 'order_line.quantity', 'order_line.sku', 'product.name', 'product.attributes'])
    .where('order_line.merchant_id', '=', merchantId)
    .where('sales_order.status', 'in', SALES_STATUSES)
    .execute();
}

/**
 * Each order's day, total and units (its lines' quantities summed; null for an order without lines), oldest
 * first, and whether any line's product name, SKU or attributes holds one of `customisationWords` (lower case).
 */
export async function listOrderSizes(store: Store, merchantId: string, customisationWords: readonly string[]) {
  const lineText = sql<string>`lower(coalesce(product.name, '') || ' ' || coalesce(order_line.sku, '') || ' ' || coalesce(product.attributes, ''))`;
  const customised =
    customisationWords.length === 0
      ? sql<number>`0`
      : sql<number>`max(case when ${sql.join(customisationWords.map((word) => sql`${lineText} like ${`%${word}%`}`), sql` or `)} then 1 else 0 end)`;
  return store.db
    .selectFrom('sales_order')
    .leftJoin('order_line', (join) =>
      join.onRef('order_line.merchant_id', '=', 'sales_order.merchant_id').onRef('order_line.order_id', '=', 'sales_order.id'),
    )
    .leftJoin('product', (join) =>
      join.onRef('product.merchant_id', '=', 'order_line.merchant_id').onRef('product.id', '=', 'order_line.product_id'),
    )
    .select([
      saleDay.as('day'),
      kept.as('amount'),
      sql<number | string | null>`sum(order_line.quantity)`.as('units'),
      customised.as('customised'),
    ])
    .where('sales_order.merchant_id', '=', merchantId)
    .where('sales_order.status', 'in', SALES_STATUSES)
    .groupBy(['sales_order.id', 'sales_order.ordered_at', 'sales_order.total_amount', 'sales_order.refund_amount'])
    .orderBy('sales_order.ordered_at')
    .orderBy('sales_order.id')
    .execute();
}

/** A history window as the database compares it: ISO days, inclusive. */
export interface BuyerWindowDays {
  calibrationEnd: string;
  observationEnd: string;
}

/**
 * One row per buyer whose first sale is on or before the calibration end: first day, last day and
 * number of purchase days within calibration, spend within calibration (all of it, and after the first
 * day), and purchase days and spend after it up to the observation end. Several orders on one day are
 * one purchase. Buyers come in the order of their first sale (time, then order id).
 */
export async function listBuyerSummaries(store: Store, merchantId: string, window: BuyerWindowDays) {
  const { calibrationEnd: cal, observationEnd: obs } = window;
  const inCalibration = sql`buyer_day.day <= ${cal}`;
  const inHoldout = sql`buyer_day.day > ${cal} and buyer_day.day <= ${obs}`;
  return store.db
    .with('sale', (db) =>
      db
        .selectFrom('sales_order')
        .select([
          'merchant_id',
          'buyer_id',
          saleDay.as('day'),
          kept.as('amount'),
          sql<number>`row_number() over (order by sales_order.ordered_at, sales_order.id)`.as('seq'),
        ])
        .where('merchant_id', '=', merchantId)
        .where('status', 'in', SALES_STATUSES),
    )
    .with('buyer_day', (db) =>
      db
        .selectFrom('sale')
        .select(['merchant_id', 'buyer_id', 'day', sql<number>`sum(amount)`.as('spend'), sql<number>`min(seq)`.as('seq')])
        .groupBy(['merchant_id', 'buyer_id', 'day']),
    )
    .with('buyer_first', (db) =>
      db
        .selectFrom('buyer_day')
        .select(['merchant_id', 'buyer_id', sql<string>`min(day)`.as('first_day'), sql<number>`min(seq)`.as('seq')])
        .groupBy(['merchant_id', 'buyer_id']),
    )
    .selectFrom('buyer_first')
    .innerJoin('buyer_day', (join) =>
      join.onRef('buyer_day.merchant_id', '=', 'buyer_first.merchant_id').onRef('buyer_day.buyer_id', '=', 'buyer_first.buyer_id'),
    )
    .select([
      'buyer_first.buyer_id',
      'buyer_first.first_day',
      sql<string>`max(case when ${inCalibration} then buyer_day.day end)`.as('last_day'),
      sql<number | string>`sum(case when ${inCalibration} then 1 else 0 end)`.as('purchase_days'),
      sql<number>`sum(case when ${inCalibration} then buyer_day.spend else 0 end)`.as('total_spend'),
      sql<number>`sum(case when ${inCalibration} and buyer_day.day > buyer_first.first_day then buyer_day.spend else 0 end)`.as('repeat_spend'),
      sql<number | string>`sum(case when ${inHoldout} then 1 else 0 end)`.as('holdout_days'),
      sql<number>`sum(case when ${inHoldout} then buyer_day.spend else 0 end)`.as('holdout_spend'),
    ])
    .where('buyer_first.first_day', '<=', cal)
    .groupBy(['buyer_first.buyer_id', 'buyer_first.first_day', 'buyer_first.seq'])
    .orderBy('buyer_first.seq')
    .execute();
}
