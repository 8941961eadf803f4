import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/types.js';
import { OrderTally } from './order-tally.js';
import { realCdnowPurchases } from './testing.js';

/** The CDNOW sample's purchases as paid one-line orders, one per buyer and day, in file order. */
function cdnowOrders(): Order[] {
  const byId = new Map<string, Order>();
  for (const p of realCdnowPurchases(Number.POSITIVE_INFINITY)) {
    const id = `${p.customer}-${p.date}`;
    if (byId.has(id)) continue;
    byId.set(id, {
      merchantId: 'a', id, buyerId: p.customer, orderedAt: `${p.date.slice(0, 4)}-${p.date.slice(4, 6)}-${p.date.slice(6)}T00:00:00.000Z`,
      region: null, channel: null, totalAmount: p.dollars, status: 'paid', refundAmount: 0, returnReason: null,
      lines: [{ lineNo: 1, productId: null, sku: null, quantity: p.units, unitPrice: p.dollars / p.units, amount: p.dollars }],
    });
  }
  return Array.from(byId.values());
}

const refundOf = (o: Order): Order => ({ ...o, status: 'refunded', refundAmount: o.totalAmount, lines: [{ ...o.lines[0], lineNo: 2 }] });

describe('OrderTally', () => {
  const orders = cdnowOrders();
  const remembered = 100;

  it('makes a refunded line partly refund a paid order among the last it remembers, however many came before', () => {
    const tally = new OrderTally(remembered);
    tally.add(orders);
    // Far more orders than it remembers went by: the generations turned over many times.
    expect(orders.length).toBeGreaterThan(20 * remembered);
    const recent = orders.slice(-remembered);
    tally.add(recent.map(refundOf));
    const refunded = recent.reduce((sum, o) => sum + o.totalAmount, 0);
    expect(tally.counts()).toEqual({ unpaid: 0, cancelled: 0, refunded: 0, partlyRefunded: remembered, partlyRefundedYuan: Math.round(refunded * 100) / 100 });
  });

  it('counts a refund for an order long gone as a refunded order', () => {
    const tally = new OrderTally(remembered);
    tally.add(orders);
    tally.add([refundOf(orders[0])]);
    expect(tally.counts()).toMatchObject({ refunded: 1, partlyRefunded: 0 });
  });
});
