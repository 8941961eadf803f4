import type { Store } from './store.js';

/** Queries of profit per product (经营分析): every order line with its order's outcome, own products, the owner's settings. */

/** Every order line of every status, with its order's date, outcome, refund and return reason. */
export async function listProfitLines(store: Store, merchantId: string) {
  return store.db
    .selectFrom('order_line')
    .innerJoin('sales_order', (join) =>
      join.onRef('sales_order.merchant_id', '=', 'order_line.merchant_id').onRef('sales_order.id', '=', 'order_line.order_id'),
    )
    .select([
      'order_line.order_id',
      'sales_order.buyer_id',
      'sales_order.ordered_at',
      'sales_order.status',
      'sales_order.refund_amount',
      'sales_order.return_reason',
      'sales_order.region',
      'sales_order.channel',
      'order_line.product_id',
      'order_line.sku',
      'order_line.quantity',
      'order_line.unit_price',
      'order_line.amount',
    ])
    .where('order_line.merchant_id', '=', merchantId)
    .orderBy('sales_order.ordered_at')
    .orderBy('order_line.order_id')
    .orderBy('order_line.line_no')
    .execute();
}

/** The merchant's own products with their unit cost (null until entered). */
export async function listOwnProducts(store: Store, merchantId: string) {
  return store.db
    .selectFrom('product')
    .select(['id', 'sku', 'name', 'category', 'price', 'unit_cost'])
    .where('merchant_id', '=', merchantId)
    .where('owner', '=', 'own')
    .orderBy('id')
    .execute();
}

/** Sets one own product's unit cost; returns whether such a product exists. */
export async function saveUnitCost(store: Store, merchantId: string, productId: string, unitCost: number): Promise<boolean> {
  const result = await store.db
    .updateTable('product')
    .set({ unit_cost: unitCost })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', productId)
    .where('owner', '=', 'own')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function loadProfitSettings(store: Store, merchantId: string) {
  return store.db.selectFrom('profit_settings').selectAll().where('merchant_id', '=', merchantId).executeTakeFirst();
}

export async function saveProfitSettings(
  store: Store,
  merchantId: string,
  settings: { platform_fee_rate: number; shipping_per_order: number; sales_lost_per_star: number },
): Promise<void> {
  const values = { ...settings, updated_at: new Date().toISOString() };
  await store.db
    .insertInto('profit_settings')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((c) => c.column('merchant_id').doUpdateSet(values))
    .execute();
}

/** The regions and channels the merchant's orders name, for reading them in a question. */
export async function listOrderPlaces(store: Store, merchantId: string) {
  return store.db
    .selectFrom('sales_order')
    .select(['region', 'channel'])
    .distinct()
    .where('merchant_id', '=', merchantId)
    .execute();
}
