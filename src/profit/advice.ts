import type { PainPointCost } from './pain-point-cost.js';
import type { ProductProfit, ProfitTable } from './product-profit.js';
import type { SmallOrderShare } from './small-orders.js';

/**
 * "你生产什么、什么品质，利润能提高": ranked advice, each with the yuan at stake in the window (the ranking),
 * the evidence behind it and one next step. The web and CLI word it; this decides what to say.
 */

/** Enough advice for one screen: the rest is in the tables below it. */
export const MAX_ADVICE = 8;
/** A margin this far under the shop's is a product to reprice or recost, not noise between products. */
const MARGIN_GAP = 0.1;
/** One return in ten paid orders is where platforms start to warn sellers (淘宝/拼多多 退货率 alerts sit near it). */
const HIGH_RETURN_RATE = 0.1;
/** Two returned orders make a pattern; one can be a single unlucky parcel. */
const MIN_RETURNED_ORDERS = 2;
/** Half the orders small is when shipping per order starts to decide the shop's profit. */
const HIGH_SMALL_ORDER_SHARE = 0.5;

export type NextStep =
  | { kind: 'enterCost'; productId: string }
  | { kind: 'painPoint'; productId: string; group: string; label: string }
  | { kind: 'launch'; category: string | null; price: number | null; unitCost: number | null; name: string }
  | { kind: 'customers' };

export interface Advice {
  kind: 'enterCost' | 'fixPainPoint' | 'improveMargin' | 'checkReturns' | 'makeMore' | 'smallOrders';
  /** Yuan at stake in the window, the ranking's measure. */
  yuan: number;
  productId: string | null;
  productName: string | null;
  /** Figures the sentence quotes (shares 0..1, yuan, counts). */
  evidence: Record<string, number | string>;
  next: NextStep;
}

const launchOf = (p: ProductProfit): NextStep => ({ kind: 'launch', category: p.category, price: p.price, unitCost: p.unitCost, name: p.name });

export function rankAdvice(table: ProfitTable, costs: readonly PainPointCost[], small: SmallOrderShare | null, shippingPerOrder: number): Advice[] {
  const advice: Advice[] = [];
  const shopMargin = table.shop.margin;
  for (const p of table.products) {
    const about = { productId: p.productId, productName: p.name };
    if (p.unitCost === null && p.revenue > 0) {
      advice.push({ kind: 'enterCost', yuan: p.revenue, ...about, evidence: { revenue: p.revenue, units: p.units }, next: { kind: 'enterCost', productId: p.productId } });
    }
    if (p.margin !== null && shopMargin !== null && (p.margin < 0 || p.margin < shopMargin - MARGIN_GAP)) {
      advice.push({
        kind: 'improveMargin', yuan: p.revenue * (shopMargin - p.margin), ...about,
        evidence: { margin: p.margin, shopMargin, revenue: p.revenue, grossProfit: p.grossProfit ?? 0 }, next: launchOf(p),
      });
    }
    if (p.returnRate !== null && p.returnRate >= HIGH_RETURN_RATE && p.returnedOrders >= MIN_RETURNED_ORDERS) {
      const top = p.returnReasons[0];
      const painPoint = costs.find((c) => c.productId === p.productId);
      advice.push({
        kind: 'checkReturns', yuan: p.refunds, ...about,
        evidence: { returnRate: p.returnRate, returnedOrders: p.returnedOrders, paidOrders: p.paidOrders, refunds: p.refunds, reason: top?.reason ?? '', reasonOrders: top?.orders ?? 0 },
        next: painPoint ? { kind: 'painPoint', productId: p.productId, group: painPoint.group, label: painPoint.label } : launchOf(p),
      });
    }
  }
  for (const c of costs.filter((x) => x.yuanLost > 0)) {
    advice.push({
      kind: 'fixPainPoint', yuan: c.yuanLost, productId: c.productId, productName: c.productName,
      evidence: { label: c.label, reviews: c.reviews, share: c.share, starsLost: c.starsLost, revenue: c.revenue, yuanLost: c.yuanLost },
      next: { kind: 'painPoint', productId: c.productId, group: c.group, label: c.label },
    });
  }
  // The product earning most at a margin at least the shop's, and still growing: more of it, or a sibling of it.
  const best = table.products.find((p) => p.grossProfit !== null && p.grossProfit > 0 && p.margin !== null && shopMargin !== null && p.margin >= shopMargin && (p.trend.change ?? 0) >= 0);
  if (best) {
    advice.push({
      kind: 'makeMore', yuan: best.trend.recent - best.trend.before > 0 ? best.trend.recent - best.trend.before : best.grossProfit! / table.months.length,
      productId: best.productId, productName: best.name,
      evidence: { grossProfit: best.grossProfit!, margin: best.margin!, change: best.trend.change ?? 0 }, next: launchOf(best),
    });
  }
  if (small && small.share >= HIGH_SMALL_ORDER_SHARE && shippingPerOrder > 0) {
    advice.push({
      kind: 'smallOrders', yuan: small.smallOrders * shippingPerOrder, productId: null, productName: null,
      evidence: { share: small.share, smallOrders: small.smallOrders, orders: small.orders, smallOrderUnits: small.smallOrderUnits, shipping: small.smallOrders * shippingPerOrder },
      next: { kind: 'customers' },
    });
  }
  return advice.sort((a, b) => b.yuan - a.yuan).slice(0, MAX_ADVICE);
}
