import type { Store } from './store.js';

/** Queries of the customer analyses: orders with their buyer and total, and each order line with its product. */

export async function listOrderTotals(store: Store, merchantId: string) {
  return store.db
    .selectFrom('sales_order')
    .select(['id', 'buyer_id', 'ordered_at', 'total_amount'])
    .where('merchant_id', '=', merchantId)
    .orderBy('ordered_at')
    .orderBy('id')
    .execute();
}

/** Every order line with its product's name and attributes (null when the product is not in the catalogue). */
export async function listOrderLineProducts(store: Store, merchantId: string) {
  return store.db
    .selectFrom('order_line')
    .leftJoin('product', (join) =>
      join.onRef('product.merchant_id', '=', 'order_line.merchant_id').onRef('product.id', '=', 'order_line.product_id'),
    )
    .select(['order_line.order_id', 'order_line.quantity', 'order_line.sku', 'product.name', 'product.attributes'])
    .where('order_line.merchant_id', '=', merchantId)
    .execute();
}
