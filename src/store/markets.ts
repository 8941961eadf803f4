import { SALES_STATUSES } from '../domain/types.js';
import type { Store } from './store.js';

/** Queries of the market ranking: sales lines, public reviews and competitor listings of one merchant. */

/** Every sales line (of paid and partly refunded orders) with its order's date, region and channel and its product's category and unit cost. */
export async function listMarketSales(store: Store, merchantId: string) {
  return store.db
    .selectFrom('order_line')
    .innerJoin('sales_order', (join) =>
      join.onRef('sales_order.merchant_id', '=', 'order_line.merchant_id').onRef('sales_order.id', '=', 'order_line.order_id'),
    )
    .leftJoin('product', (join) =>
      join.onRef('product.merchant_id', '=', 'order_line.merchant_id').onRef('product.id', '=', 'order_line.product_id'),
    )
    .select([
      'sales_order.ordered_at',
      'sales_order.region',
      'sales_order.channel',
      'product.category',
      'product.unit_cost',
      'order_line.quantity',
      'order_line.amount',
    ])
    .where('order_line.merchant_id', '=', merchantId)
    .where('sales_order.status', 'in', SALES_STATUSES)
    .execute();
}

/** Every review's date and platform with its product's category and owner. */
export async function listMarketReviews(store: Store, merchantId: string) {
  return store.db
    .selectFrom('review')
    .leftJoin('product', (join) => join.onRef('product.merchant_id', '=', 'review.merchant_id').onRef('product.id', '=', 'review.product_id'))
    .select(['review.reviewed_at', 'review.platform', 'product.category', 'product.owner'])
    .where('review.merchant_id', '=', merchantId)
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
