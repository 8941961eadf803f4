import { dayNumber } from '../customers/buyer-history.js';
import { smallOrderTrend } from '../customers/small-orders.js';
import { isSale, type ProfitLine, type ProfitSettings } from './types.js';

/**
 * Small orders and what they leave: shipping is paid per order, so an order of one or two pieces can earn
 * less than it costs to send. "Small" is the customers page's rule (at most half the units of a typical
 * early order), so both pages call the same orders small.
 */
export interface SmallOrderShare {
  smallOrderUnits: number;
  orders: number;
  smallOrders: number;
  /** smallOrders / orders. */
  share: number;
  /** Small orders' share of the revenue. */
  revenueShare: number;
  /** The same share in the earlier and later half of the orders, and whether it moved beyond chance. */
  before: number;
  after: number;
  direction: 'fragmenting' | 'consolidating' | 'stable';
  /** Shipping per order as a share of the average small order's revenue; null without small orders. */
  shippingShareOfSmallOrder: number | null;
}

export function smallOrderShare(lines: readonly ProfitLine[], settings: ProfitSettings): SmallOrderShare | null {
  const orders = new Map<string, { day: number; units: number; amount: number }>();
  for (const l of lines) {
    if (!isSale(l.status)) continue;
    const o = orders.get(l.orderId) ?? { day: dayNumber(l.orderedAt), units: 0, amount: 0 };
    o.units += l.quantity;
    o.amount += l.amount;
    orders.set(l.orderId, o);
  }
  if (orders.size === 0) return null;
  const list = [...orders.values()];
  const trend = smallOrderTrend(list.map((o) => ({ ...o, customised: false })));
  const small = list.filter((o) => o.units <= trend.smallOrderUnits);
  const revenue = list.reduce((s, o) => s + o.amount, 0);
  const smallRevenue = small.reduce((s, o) => s + o.amount, 0);
  return {
    smallOrderUnits: trend.smallOrderUnits,
    orders: list.length,
    smallOrders: small.length,
    share: small.length / list.length,
    revenueShare: revenue > 0 ? smallRevenue / revenue : 0,
    before: trend.smallShare.before,
    after: trend.smallShare.after,
    direction: trend.direction,
    shippingShareOfSmallOrder: small.length > 0 && smallRevenue > 0 ? settings.shippingPerOrder / (smallRevenue / small.length) : null,
  };
}
