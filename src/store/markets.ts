import { sql } from 'kysely';
import { SALES_STATUSES } from '../domain/types.js';
import type { Store } from './store.js';

/**
 * Queries of the market ranking, summed by the database: own sales and public reviews per day and
 * cell (region, channel, category), so a merchant with a million reviews hands over thousands of
 * rows, not a million. Days are the UTC date of the stored ISO time, as `dayNumber` reads it.
 */

const saleDay = sql<string>`substr(sales_order.ordered_at, 1, 10)`;
const reviewDay = sql<string>`substr(review.reviewed_at, 1, 10)`;

/**
 * Sales lines of paid and partly refunded orders summed per day, region, channel and category; lines whose product has no unit cost are
 * summed apart, with a null cost, so the margin reads only costed sales.
 */
export async function listMarketSales(store: Store, merchantId: string) {
  const costKnown = sql<boolean>`product.unit_cost is not null`;
  return store.db
    .selectFrom('order_line')
    .innerJoin('sales_order', (join) =>
      join.onRef('sales_order.merchant_id', '=', 'order_line.merchant_id').onRef('sales_order.id', '=', 'order_line.order_id'),
    )
    .leftJoin('product', (join) =>
      join.onRef('product.merchant_id', '=', 'order_line.merchant_id').onRef('product.id', '=', 'order_line.product_id'),
    )
    .select([
      saleDay.as('day'),
      'sales_order.region',
      'sales_order.channel',
      'product.category',
      sql<number | string>`sum(order_line.amount)`.as('amount'),
      sql<number | string | null>`sum(order_line.quantity * product.unit_cost)`.as('cost'),
    ])
    .where('order_line.merchant_id', '=', merchantId)
    .where('sales_order.status', 'in', SALES_STATUSES)
    .groupBy([saleDay, 'sales_order.region', 'sales_order.channel', 'product.category', costKnown])
    .execute();
}

/** Reviews counted per day, platform, product category and owner (own listings or others'). */
export async function listMarketReviews(store: Store, merchantId: string) {
  return store.db
    .selectFrom('review')
    .leftJoin('product', (join) => join.onRef('product.merchant_id', '=', 'review.merchant_id').onRef('product.id', '=', 'review.product_id'))
    .select([reviewDay.as('day'), 'review.platform', 'product.category', 'product.owner', sql<number | string>`count(*)`.as('reviews')])
    .where('review.merchant_id', '=', merchantId)
    .groupBy([reviewDay, 'review.platform', 'product.category', 'product.owner'])
    .execute();
}

/** Where competitors sell: category, platform and brand of each competitor listing. */
export async function listCompetitorPresence(store: Store, merchantId: string) {
  return store.db
    .selectFrom('product')
    .select(['category', 'platform', 'brand'])
    .where('merchant_id', '=', merchantId)
    .where('owner', '=', 'competitor')
    .execute();
}
