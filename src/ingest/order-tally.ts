import type { Order, OrderStatus } from '../domain/types.js';
import { DEFAULT_LOCALE, problem, say, type Locale } from '../messages/imports.js';

/** How many orders of a file are not sales, or only partly: what the import report tells the merchant. */
export interface OrderStatusCounts {
  unpaid: number;
  cancelled: number;
  refunded: number;
  partlyRefunded: number;
  /** Yuan refunded on the partly refunded orders. */
  partlyRefundedYuan: number;
}

/**
 * Counts orders (not lines) by what became of them, as batches go to the store. Only orders that
 * are not plain sales are remembered, so a file of paid orders costs nothing.
 */
export class OrderTally {
  private readonly byStatus = new Map<OrderStatus, Map<string, number>>();

  add(records: readonly Order[]): void {
    for (const o of records) {
      if (o.status === 'paid') continue;
      let orders = this.byStatus.get(o.status);
      if (!orders) this.byStatus.set(o.status, (orders = new Map()));
      orders.set(o.id, (orders.get(o.id) ?? 0) + o.refundAmount);
    }
  }

  counts(): OrderStatusCounts {
    const count = (status: OrderStatus) => this.byStatus.get(status)?.size ?? 0;
    let partlyRefundedYuan = 0;
    for (const refund of this.byStatus.get('partly_refunded')?.values() ?? []) partlyRefundedYuan += refund;
    return {
      unpaid: count('unpaid'), cancelled: count('cancelled'), refunded: count('refunded'), partlyRefunded: count('partly_refunded'),
      partlyRefundedYuan: Math.round(partlyRefundedYuan * 100) / 100,
    };
  }
}

/** "12 笔未付款、3 笔已取消的订单不计入销售。1 笔部分退款的订单只计实收减去退款（共退 35 元）", or nothing when every order is a sale. */
export function orderStatusNote(counts: OrderStatusCounts, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const separator = locale === 'en' ? ', ' : '、';
  const parts = (['unpaid', 'cancelled', 'refunded'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => say(problem(`orders.${status}`, { count: counts[status] }), locale));
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(say(problem('orders.notSales', { list: parts.join(separator) }), locale));
  if (counts.partlyRefunded > 0) {
    sentences.push(say(problem('orders.partlyRefunded', { count: counts.partlyRefunded, refund: counts.partlyRefundedYuan }), locale));
  }
  if (sentences.length === 0) return undefined;
  return sentences.join(locale === 'en' ? '. ' : '；');
}
