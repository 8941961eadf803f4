import { SALES_STATUSES, type Order } from '../../domain/types.js';

const DAY_MS = 86_400_000;

/** What the customer-service employee knows of a lapsing buyer when writing to bring them back. */
export interface WinBackFacts {
  buyerId: string;
  orders: number;
  spentYuan: number;
  daysSinceLast: number;
  /** The product of their latest order, by name, when the shop knows it. */
  lastProduct: string | null;
}

/** A buyer's history from the shop's orders, as of `today`; null when the buyer never ordered. */
export function winBackFacts(buyerId: string, orders: Order[], productNames: Map<string, string>, today: Date): WinBackFacts | null {
  // Only what the buyer really paid for: an unpaid or cancelled order is not a purchase to thank them for.
  const sales: readonly string[] = SALES_STATUSES;
  const own = orders.filter((o) => o.buyerId === buyerId && sales.includes(o.status));
  if (own.length === 0) return null;
  const latest = own.reduce((a, b) => (b.orderedAt > a.orderedAt ? b : a));
  const productId = latest.lines.find((l) => l.productId)?.productId;
  return {
    buyerId,
    orders: own.length,
    spentYuan: Math.round(own.reduce((sum, o) => sum + o.totalAmount, 0)),
    daysSinceLast: Math.max(0, Math.floor((today.getTime() - Date.parse(latest.orderedAt)) / DAY_MS)),
    lastProduct: (productId && productNames.get(productId)) || null,
  };
}

/**
 * The message the owner sends (or edits) to bring a buyer back: personal (their last product, how long they have
 * been with the shop), no price promise the owner has not approved (a coupon goes through the money guard).
 */
export function draftWinBack(f: WinBackFacts): string {
  const product = f.lastProduct ? `上次买的${f.lastProduct}用得还顺手吗？` : '';
  const history = f.orders > 1 ? `您在我们店下过 ${f.orders} 单，是我们的老朋友了。` : '谢谢您之前的光顾。';
  return `亲，好久不见！${product}${history}最近店里上了新款，有什么需要随时找我，给您优先安排～`;
}
