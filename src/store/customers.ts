import { sql } from 'kysely';
import { SALES_STATUSES } from '../domain/types.js';
import type { Store } from './store.js';

/**
 * Queries of the customer analyses: orders with their buyer and total, and each order line with its
 * product. Only sales count (paid and partly refunded orders); a partly refunded order's total is
 * what the shop kept.
 */

export async function listOrderTotals(store: Store, merchantId: string) {
  return store.db
    .selectFrom('sales_order')
    .select(['id', 'buyer_id', 'ordered_at', sql<number>`total_amount - refund_amount`.as('total_amount')])
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
