import { monthOf, monthsEndingWith } from './months.js';
import { isReturn, isSale, type ProfitLine, type ProfitProduct, type ProfitSettings } from './types.js';

/**
 * Profit per product and month: the money the shop kept (paid orders, and the part of partly refunded ones
 * not given back), less what the goods cost, the platform's fee and shipping. A product without a unit cost
 * has revenue but no profit: it is counted apart and named, never given a guessed cost.
 */

/** A year of months: long enough to hold a season, short enough that last year's prices and costs still apply. */
export const PROFIT_WINDOW_MONTHS = 12;
/** The trend compares the latest three months with the three before: a quarter evens out a slow week. */
export const TREND_MONTHS = 3;

export interface MonthProfit {
  month: string;
  revenue: number;
  units: number;
  /** Null when the unit cost is unknown. */
  grossProfit: number | null;
}

export interface ProfitTrend {
  /** Gross profit when the cost is known, otherwise revenue. */
  measure: 'grossProfit' | 'revenue';
  recent: number;
  before: number;
  /** Relative change (0.1 = 10% up); null when the earlier quarter had nothing to compare with. */
  change: number | null;
}

export interface ProductProfit {
  productId: string;
  sku: string | null;
  name: string;
  category: string | null;
  price: number | null;
  unitCost: number | null;
  /** Yuan kept from sales in the window. */
  revenue: number;
  units: number;
  /** Orders the shop kept money from (paid and partly refunded). */
  orders: number;
  /** Orders that were paid at some point: kept ones plus fully refunded ones. */
  paidOrders: number;
  /** Yuan given back (whole refunds and partial ones), in the window. */
  refunds: number;
  /** Orders refunded in whole or part. */
  returnedOrders: number;
  /** returnedOrders / paidOrders; null without paid orders. */
  returnRate: number | null;
  returnReasons: { reason: string; orders: number }[];
  /** Unpaid and cancelled orders: counted nowhere as sales. */
  unsoldOrders: number;
  costOfGoods: number | null;
  platformFees: number;
  shipping: number;
  grossProfit: number | null;
  /** grossProfit / revenue; null without a cost or without revenue. */
  margin: number | null;
  months: MonthProfit[];
  trend: ProfitTrend;
}

export interface ShopProfit {
  revenue: number;
  /** Revenue of products whose unit cost is known: the base of the shop's margin. */
  costedRevenue: number;
  uncostedRevenue: number;
  grossProfit: number;
  margin: number | null;
  refunds: number;
  orders: number;
  paidOrders: number;
  returnedOrders: number;
  unsoldOrders: number;
  months: MonthProfit[];
}

export interface ProfitTable {
  /** The window's months, oldest first; the last is the month of the newest order. */
  months: string[];
  products: ProductProfit[];
  shop: ShopProfit;
}

interface Tally {
  revenue: number;
  units: number;
  cost: number;
  shipping: number;
  refunds: number;
  orders: Set<string>;
  paid: Set<string>;
  returned: Set<string>;
  unsold: Set<string>;
  reasons: Map<string, Set<string>>;
  byMonth: Map<string, { revenue: number; units: number; cost: number; shipping: number }>;
}

const newTally = (): Tally => ({
  revenue: 0, units: 0, cost: 0, shipping: 0, refunds: 0,
  orders: new Set(), paid: new Set(), returned: new Set(), unsold: new Set(), reasons: new Map(), byMonth: new Map(),
});

/** The key a line is filed under: its product, else its SKU (an order export without product ids). */
const productKeyOf = (line: ProfitLine) => line.productId ?? (line.sku ? `sku:${line.sku}` : 'unknown');

function orderAmounts(lines: readonly ProfitLine[]): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const l of lines) amounts.set(l.orderId, (amounts.get(l.orderId) ?? 0) + l.amount);
  return amounts;
}

function addLine(t: Tally, line: ProfitLine, share: number, unitCost: number | null, settings: ProfitSettings) {
  const refund = line.orderRefund * share;
  if (line.status === 'unpaid' || line.status === 'cancelled') {
    t.unsold.add(line.orderId);
    return;
  }
  t.paid.add(line.orderId);
  if (isReturn(line.status)) {
    t.returned.add(line.orderId);
    // A whole refund gives the line's money back, whatever the order's refund column says.
    t.refunds += line.status === 'refunded' ? line.amount : refund;
    const reason = line.returnReason?.trim();
    if (reason) t.reasons.set(reason, (t.reasons.get(reason) ?? new Set()).add(line.orderId));
  }
  if (!isSale(line.status)) return;
  const kept = line.amount - refund;
  const shipping = settings.shippingPerOrder * share;
  const cost = unitCost === null ? 0 : unitCost * line.quantity;
  t.orders.add(line.orderId);
  t.revenue += kept;
  t.units += line.quantity;
  t.cost += cost;
  t.shipping += shipping;
  const month = monthOf(line.orderedAt);
  const m = t.byMonth.get(month) ?? { revenue: 0, units: 0, cost: 0, shipping: 0 };
  m.revenue += kept;
  m.units += line.quantity;
  m.cost += cost;
  m.shipping += shipping;
  t.byMonth.set(month, m);
}

const profitOf = (revenue: number, cost: number, shipping: number, settings: ProfitSettings) =>
  revenue - cost - shipping - settings.platformFeeRate * revenue;

function monthSeries(t: Tally, months: readonly string[], costed: boolean, settings: ProfitSettings): MonthProfit[] {
  return months.map((month) => {
    const m = t.byMonth.get(month) ?? { revenue: 0, units: 0, cost: 0, shipping: 0 };
    return { month, revenue: m.revenue, units: m.units, grossProfit: costed ? profitOf(m.revenue, m.cost, m.shipping, settings) : null };
  });
}

function trendOf(months: readonly MonthProfit[], costed: boolean): ProfitTrend {
  const value = (m: MonthProfit) => (costed ? m.grossProfit ?? 0 : m.revenue);
  const sum = (list: readonly MonthProfit[]) => list.reduce((s, m) => s + value(m), 0);
  const recent = sum(months.slice(-TREND_MONTHS));
  const before = sum(months.slice(-2 * TREND_MONTHS, -TREND_MONTHS));
  return { measure: costed ? 'grossProfit' : 'revenue', recent, before, change: before > 0 ? (recent - before) / before : null };
}

/** Profit per product over the 12 months ending with the newest order's month; null before any order. */
export function buildProfitTable(lines: readonly ProfitLine[], products: readonly ProfitProduct[], settings: ProfitSettings): ProfitTable | null {
  if (lines.length === 0) return null;
  let newest = lines[0].orderedAt;
  for (const l of lines) if (l.orderedAt > newest) newest = l.orderedAt;
  const months = monthsEndingWith(monthOf(newest), PROFIT_WINDOW_MONTHS);
  const inWindow = lines.filter((l) => monthOf(l.orderedAt) >= months[0]);
  const amounts = orderAmounts(inWindow);
  const catalogue = new Map(products.map((p) => [p.id, p]));
  const tallies = new Map<string, Tally>();
  const shop = newTally();
  const shopCosted = newTally();
  for (const line of inWindow) {
    const key = productKeyOf(line);
    const product = line.productId ? catalogue.get(line.productId) : undefined;
    const orderAmount = amounts.get(line.orderId) ?? 0;
    const share = orderAmount > 0 ? line.amount / orderAmount : 0;
    const unitCost = product?.unitCost ?? null;
    const tally = tallies.get(key) ?? newTally();
    tallies.set(key, tally);
    addLine(tally, line, share, unitCost, settings);
    addLine(shop, line, share, unitCost, settings);
    if (unitCost !== null) addLine(shopCosted, line, share, unitCost, settings);
  }
  const rows: ProductProfit[] = [...tallies].map(([key, t]) => {
    const product = catalogue.get(key);
    const costed = product?.unitCost !== null && product?.unitCost !== undefined;
    const series = monthSeries(t, months, costed, settings);
    const grossProfit = costed ? profitOf(t.revenue, t.cost, t.shipping, settings) : null;
    return {
      productId: key,
      sku: product?.sku ?? (key.startsWith('sku:') ? key.slice(4) : null),
      name: product?.name ?? (key.startsWith('sku:') ? key.slice(4) : key),
      category: product?.category ?? null,
      price: product?.price ?? null,
      unitCost: product?.unitCost ?? null,
      revenue: t.revenue,
      units: t.units,
      orders: t.orders.size,
      paidOrders: t.paid.size,
      refunds: t.refunds,
      returnedOrders: t.returned.size,
      returnRate: t.paid.size > 0 ? t.returned.size / t.paid.size : null,
      returnReasons: [...t.reasons].map(([reason, orders]) => ({ reason, orders: orders.size })).sort((a, b) => b.orders - a.orders || a.reason.localeCompare(b.reason)),
      unsoldOrders: t.unsold.size,
      costOfGoods: costed ? t.cost : null,
      platformFees: settings.platformFeeRate * t.revenue,
      shipping: t.shipping,
      grossProfit,
      margin: grossProfit !== null && t.revenue > 0 ? grossProfit / t.revenue : null,
      months: series,
      trend: trendOf(series, costed),
    };
  });
  // Most profit first; products without a cost after, by revenue, so the ones to ask about are together.
  rows.sort((a, b) => (b.grossProfit ?? -Infinity) - (a.grossProfit ?? -Infinity) || b.revenue - a.revenue);
  const costedProfit = profitOf(shopCosted.revenue, shopCosted.cost, shopCosted.shipping, settings);
  // Each month's revenue is the whole shop's; its profit, like the shop's, is that of the costed products.
  const shopRevenue = monthSeries(shop, months, false, settings);
  const shopMonths = monthSeries(shopCosted, months, true, settings).map((m, i) => ({ ...m, revenue: shopRevenue[i].revenue }));
  return {
    months,
    products: rows,
    shop: {
      revenue: shop.revenue,
      costedRevenue: shopCosted.revenue,
      uncostedRevenue: shop.revenue - shopCosted.revenue,
      grossProfit: costedProfit,
      margin: shopCosted.revenue > 0 ? costedProfit / shopCosted.revenue : null,
      refunds: shop.refunds,
      orders: shop.orders.size,
      paidOrders: shop.paid.size,
      returnedOrders: shop.returned.size,
      unsoldOrders: shop.unsold.size,
      months: shopMonths,
    },
  };
}
