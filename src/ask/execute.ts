import { monthOf, monthsBefore } from '../profit/months.js';
import { isReturn, isSale, type ProfitLine, type ProfitProduct, type ProfitSettings } from '../profit/types.js';
import type { AskPeriod, AskQuery } from './query.js';

/**
 * Runs a structured query over one merchant's order lines (the caller loads them for the signed-in merchant
 * only). Sales measures count sales (paid, and the kept part of partly refunded orders) as 经营分析 does;
 * refunds and returned orders count orders refunded in whole or part.
 */

export interface AskAnswer {
  query: AskQuery;
  /** First and last month counted ('YYYY-MM'). */
  from: string;
  to: string;
  /** number: one figure; table: a short ranking; chart: a month-by-month series. */
  shape: 'number' | 'table' | 'chart';
  /** The measure over everything the filters matched in the period. */
  total: number;
  rows: { key: string; value: number }[];
  /** Rows before `limit` cut the table. */
  groups: number;
  /** Products sold in the period without a unit cost, left out of gross profit. */
  uncostedProducts: string[];
  /** For "退货最多的是哪个款，为什么": the top product's return reasons. */
  reasons: { reason: string; orders: number }[];
}


function periodMonths(period: AskPeriod, newest: string, oldest: string): [string, string] {
  switch (period) {
    case 'thisMonth': return [newest, newest];
    case 'lastMonth': return [monthsBefore(newest, 1), monthsBefore(newest, 1)];
    case 'last3Months': return [monthsBefore(newest, 2), newest];
    case 'last12Months': return [monthsBefore(newest, 11), newest];
    case 'all': return [oldest, newest];
  }
}

interface Group {
  revenue: number;
  profit: number;
  units: number;
  refunds: number;
  orders: Set<string>;
  returned: Set<string>;
  buyers: Set<string>;
}
const newGroup = (): Group => ({ revenue: 0, profit: 0, units: 0, refunds: 0, orders: new Set(), returned: new Set(), buyers: new Set() });

function valueOf(g: Group, measure: AskQuery['measure']): number {
  switch (measure) {
    case 'revenue': return g.revenue;
    case 'grossProfit': return g.profit;
    case 'units': return g.units;
    case 'orders': return g.orders.size;
    case 'refunds': return g.refunds;
    case 'returnedOrders': return g.returned.size;
    case 'buyers': return g.buyers.size;
    case 'averageOrderValue': return g.orders.size > 0 ? g.revenue / g.orders.size : 0;
  }
}

export function executeAskQuery(
  query: AskQuery,
  lines: readonly ProfitLine[],
  products: readonly ProfitProduct[],
  settings: ProfitSettings,
): AskAnswer | null {
  if (lines.length === 0) return null;
  let newest = lines[0].orderedAt;
  let oldest = newest;
  for (const l of lines) {
    if (l.orderedAt > newest) newest = l.orderedAt;
    if (l.orderedAt < oldest) oldest = l.orderedAt;
  }
  const [from, to] = periodMonths(query.period, monthOf(newest), monthOf(oldest));
  const catalogue = new Map(products.map((p) => [p.id, p]));
  const nameOf = (l: ProfitLine) => (l.productId ? catalogue.get(l.productId)?.name : undefined) ?? l.sku ?? l.productId ?? '—';
  const f = query.filters;
  const matched = lines.filter((l) => {
    const month = monthOf(l.orderedAt);
    if (month < from || month > to) return false;
    const product = l.productId ? catalogue.get(l.productId) : undefined;
    if (f.region && !(l.region ?? '').includes(f.region)) return false;
    if (f.channel && !(l.channel ?? '').includes(f.channel)) return false;
    if (f.category && product?.category !== f.category) return false;
    if (f.product && !nameOf(l).includes(f.product)) return false;
    return true;
  });
  const orderAmount = new Map<string, number>();
  for (const l of matched) orderAmount.set(l.orderId, (orderAmount.get(l.orderId) ?? 0) + l.amount);
  const dimension = query.dimensions[0];
  const keyOf = (l: ProfitLine): string | null => {
    switch (dimension) {
      case undefined: return '';
      case 'product': return nameOf(l);
      case 'category': return (l.productId ? catalogue.get(l.productId)?.category : undefined) ?? '—';
      case 'region': return l.region ?? '—';
      case 'channel': return l.channel ?? '—';
      case 'month': return monthOf(l.orderedAt);
      case 'returnReason': return isReturn(l.status) ? l.returnReason?.trim() || '—' : null;
    }
  };
  const groups = new Map<string, Group>();
  const total = newGroup();
  const uncosted = new Set<string>();
  const reasonsByProduct = new Map<string, Map<string, Set<string>>>();
  for (const l of matched) {
    const key = keyOf(l);
    const amount = orderAmount.get(l.orderId) ?? 0;
    const share = amount > 0 ? l.amount / amount : 0;
    const refund = l.orderRefund * share;
    const targets = key === null ? [total] : [total, groups.get(key) ?? groups.set(key, newGroup()).get(key)!];
    const cost = l.productId ? catalogue.get(l.productId)?.unitCost ?? null : null;
    for (const g of targets) {
      if (isReturn(l.status)) {
        g.returned.add(l.orderId);
        g.refunds += l.status === 'refunded' ? l.amount : refund;
      }
      if (!isSale(l.status)) continue;
      const kept = l.amount - refund;
      g.revenue += kept;
      g.units += l.quantity;
      g.orders.add(l.orderId);
      g.buyers.add(l.buyerId);
      if (cost === null) uncosted.add(nameOf(l));
      else g.profit += kept - cost * l.quantity - settings.platformFeeRate * kept - settings.shippingPerOrder * share;
    }
    if (isReturn(l.status) && l.returnReason?.trim()) {
      const byReason = reasonsByProduct.get(nameOf(l)) ?? new Map<string, Set<string>>();
      byReason.set(l.returnReason.trim(), (byReason.get(l.returnReason.trim()) ?? new Set()).add(l.orderId));
      reasonsByProduct.set(nameOf(l), byReason);
    }
  }
  // A chart shows every month of the period, a month without sales as zero rather than as a gap.
  if (dimension === 'month') for (let m = from; m <= to; m = monthsBefore(m, -1)) if (!groups.has(m)) groups.set(m, newGroup());
  const sign = query.order === 'asc' ? 1 : -1;
  const all = [...groups].map(([key, g]) => ({ key, value: valueOf(g, query.measure) })).filter((r) => dimension === 'month' || r.value !== 0 || query.order === 'asc');
  all.sort(dimension === 'month' ? (a, b) => a.key.localeCompare(b.key) : (a, b) => sign * (a.value - b.value) || a.key.localeCompare(b.key));
  const rows = dimension === 'month' ? all : all.slice(0, query.limit);
  const explainsReturns = dimension === 'product' && (query.measure === 'returnedOrders' || query.measure === 'refunds') && rows.length > 0;
  const reasons = explainsReturns
    ? [...(reasonsByProduct.get(rows[0].key) ?? [])].map(([reason, orders]) => ({ reason, orders: orders.size })).sort((a, b) => b.orders - a.orders)
    : [];
  return {
    query, from, to,
    shape: !dimension ? 'number' : dimension === 'month' ? 'chart' : 'table',
    total: valueOf(total, query.measure),
    rows,
    groups: all.length,
    uncostedProducts: query.measure === 'grossProfit' ? [...uncosted].sort() : [],
    reasons,
  };
}
