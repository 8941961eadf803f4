import { orderStatusOfLines, type Order, type OrderStatus } from '../domain/types.js';
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
 * Lines of one order sit next to each other in exports; remembering this many recent paid orders
 * lets a refunded line that follows a paid one make the order partly refunded, as the store does.
 */
const RECENT_PAID_ORDERS = 10_000;

/**
 * Counts orders (not lines) by what became of them, as batches go to the store, combining an
 * order's lines the way the store does. Only orders that are not plain sales are kept, plus the
 * most recent paid ones, so a file of paid orders costs next to nothing.
 */
export class OrderTally {
  private readonly notPaid = new Map<string, { status: OrderStatus; refund: number }>();
  /**
   * Recent paid orders in two generations: when the newer fills up it becomes the older and the older
   * is dropped, so the last `recentPaidOrders` are always remembered. Dropping the oldest one by one
   * instead left holes at the front of the Set that every next drop walked past again: a tenth of
   * the import's CPU at 100,000 orders.
   */
  private recentPaid = new Set<string>();
  private olderPaid = new Set<string>();

  /** `recentPaidOrders`: how many recent paid orders are remembered at least (tests make it small). */
  constructor(private readonly recentPaidOrders = RECENT_PAID_ORDERS) {}

  add(records: readonly Order[]): void {
    for (const o of records) {
      const seen = this.notPaid.get(o.id);
      const wasPaid = this.recentPaid.has(o.id) || this.olderPaid.has(o.id);
      const before = seen?.status ?? (wasPaid ? 'paid' : undefined);
      const status = before === undefined ? o.status : orderStatusOfLines(before, o.status);
      if (status === 'paid') {
        this.rememberPaid(o.id);
        continue;
      }
      this.recentPaid.delete(o.id);
      this.olderPaid.delete(o.id);
      this.notPaid.set(o.id, { status, refund: (seen?.refund ?? 0) + o.refundAmount });
    }
  }

  private rememberPaid(id: string): void {
    this.recentPaid.add(id);
    if (this.recentPaid.size < this.recentPaidOrders) return;
    this.olderPaid = this.recentPaid;
    this.recentPaid = new Set();
  }

  counts(): OrderStatusCounts {
    const counts: OrderStatusCounts = { unpaid: 0, cancelled: 0, refunded: 0, partlyRefunded: 0, partlyRefundedYuan: 0 };
    for (const { status, refund } of this.notPaid.values()) {
      if (status === 'partly_refunded') {
        counts.partlyRefunded++;
        counts.partlyRefundedYuan += refund;
      } else if (status !== 'paid') {
        counts[status]++;
      }
    }
    counts.partlyRefundedYuan = Math.round(counts.partlyRefundedYuan * 100) / 100;
    return counts;
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
