import { dayNumber } from '../customers/buyer-history.js';
import type { MarketFacts } from '../markets/market-facts.js';
import type { Store } from './store.js';

/** Sales lines, public reviews and competitor listings of one merchant, for the market ranking. */
export async function loadMarketFacts(store: Store, merchantId: string): Promise<MarketFacts> {
  const sales = await store.db
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
    .execute();
  const reviews = await store.db
    .selectFrom('review')
    .leftJoin('product', (join) => join.onRef('product.merchant_id', '=', 'review.merchant_id').onRef('product.id', '=', 'review.product_id'))
    .select(['review.reviewed_at', 'review.platform', 'product.category', 'product.owner'])
    .where('review.merchant_id', '=', merchantId)
    .execute();
  const competitors = await store.db
    .selectFrom('product')
    .select(['category', 'platform', 'brand'])
    .where('merchant_id', '=', merchantId)
    .where('owner', '=', 'competitor')
    .execute();
  return {
    sales: sales.map((s) => ({
      day: dayNumber(s.ordered_at),
      region: s.region,
      channel: s.channel,
      category: s.category,
      amount: s.amount,
      cost: s.unit_cost === null ? null : s.unit_cost * s.quantity,
    })),
    reviews: reviews.map((r) => ({ day: dayNumber(r.reviewed_at), platform: r.platform, category: r.category, own: r.owner === 'own' })),
    competitors,
  };
}
