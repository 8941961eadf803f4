import { SALES_STATUSES, type Buyer, type KeywordVolume, type Order, type Product, type Review, type SocialPost } from '../domain/types.js';
import type { ProductTable, ReviewTable } from './tables/foundation.js';
import type { Store } from './store.js';

/** Reads of the merchant's core data, mapped to domain types. Every query is scoped by merchant. */

export interface ReviewFilter {
  productId?: string;
  category?: string;
  platform?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export const toProduct = (r: ProductTable): Product => ({
  merchantId: r.merchant_id,
  id: r.id,
  sku: r.sku,
  name: r.name,
  category: r.category,
  price: r.price,
  unitCost: r.unit_cost,
  attributes: JSON.parse(r.attributes || '{}'),
  owner: r.owner,
  brand: r.brand,
  platform: r.platform,
});

export const toReview = (r: ReviewTable): Review => ({
  merchantId: r.merchant_id,
  id: r.id,
  platform: r.platform,
  productId: r.product_id,
  rating: r.rating,
  text: r.text,
  language: r.language,
  reviewedAt: r.reviewed_at,
  helpfulVotes: r.helpful_votes,
  author: r.author,
});

export async function listProducts(store: Store, merchantId: string): Promise<Product[]> {
  const rows = await store.db.selectFrom('product').selectAll().where('merchant_id', '=', merchantId).orderBy('id').execute();
  return rows.map(toProduct);
}

export async function listReviews(store: Store, merchantId: string, filter: ReviewFilter = {}): Promise<Review[]> {
  let q = store.db.selectFrom('review').selectAll('review').where('review.merchant_id', '=', merchantId);
  if (filter.productId) q = q.where('review.product_id', '=', filter.productId);
  if (filter.platform) q = q.where('review.platform', '=', filter.platform);
  if (filter.since) q = q.where('review.reviewed_at', '>=', filter.since);
  if (filter.until) q = q.where('review.reviewed_at', '<', filter.until);
  if (filter.category) {
    const category = filter.category;
    q = q.where('review.product_id', 'in', (eb) =>
      eb.selectFrom('product').select('id').where('merchant_id', '=', merchantId).where('category', '=', category),
    );
  }
  q = q.orderBy('review.reviewed_at').orderBy('review.id');
  if (filter.limit) q = q.limit(filter.limit);
  return (await q.execute()).map(toReview);
}

export async function listPosts(store: Store, merchantId: string, since?: string): Promise<SocialPost[]> {
  let q = store.db.selectFrom('social_post').selectAll().where('merchant_id', '=', merchantId);
  if (since) q = q.where('posted_at', '>=', since);
  const rows = await q.orderBy('posted_at').orderBy('id').execute();
  return rows.map((r) => ({
    merchantId: r.merchant_id, id: r.id, platform: r.platform, author: r.author, text: r.text,
    likes: r.likes, comments: r.comments, shares: r.shares, postedAt: r.posted_at, url: r.url,
  }));
}

export async function listBuyers(store: Store, merchantId: string): Promise<Buyer[]> {
  const rows = await store.db.selectFrom('buyer').selectAll().where('merchant_id', '=', merchantId).orderBy('id').execute();
  return rows.map((r) => ({
    merchantId: r.merchant_id, id: r.id, name: r.name, region: r.region, channel: r.channel, firstSeenAt: r.first_seen_at,
  }));
}

/** Orders that are sales (paid, or partly refunded) with their lines, oldest first; unpaid, cancelled and refunded ones are left out. */
export async function listOrders(store: Store, merchantId: string, since?: string): Promise<Order[]> {
  let q = store.db.selectFrom('sales_order').selectAll().where('merchant_id', '=', merchantId).where('status', 'in', SALES_STATUSES);
  if (since) q = q.where('ordered_at', '>=', since);
  const orders = await q.orderBy('ordered_at').orderBy('id').execute();
  const lines = await store.db.selectFrom('order_line').selectAll().where('merchant_id', '=', merchantId).execute();
  const byOrder = new Map<string, Order['lines']>();
  for (const l of lines) {
    const list = byOrder.get(l.order_id) ?? [];
    list.push({ lineNo: l.line_no, productId: l.product_id, sku: l.sku, quantity: l.quantity, unitPrice: l.unit_price, amount: l.amount });
    byOrder.set(l.order_id, list);
  }
  return orders.map((o) => ({
    merchantId: o.merchant_id, id: o.id, buyerId: o.buyer_id, orderedAt: o.ordered_at, region: o.region,
    channel: o.channel, totalAmount: o.total_amount, status: o.status, refundAmount: o.refund_amount, returnReason: o.return_reason, lines: (byOrder.get(o.id) ?? []).sort((a, b) => a.lineNo - b.lineNo),
  }));
}

export async function listKeywordVolumes(store: Store, merchantId: string, since?: string): Promise<KeywordVolume[]> {
  let q = store.db.selectFrom('keyword_volume').selectAll().where('merchant_id', '=', merchantId);
  if (since) q = q.where('bucket_start', '>=', since);
  const rows = await q.orderBy('bucket_start').execute();
  return rows.map((r) => ({
    merchantId: r.merchant_id, keyword: r.keyword, platform: r.platform, bucket: r.bucket, bucketStart: r.bucket_start, volume: r.volume,
  }));
}
